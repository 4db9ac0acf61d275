/** How the claim calculation writes numbers in its formulas and texts. */
import { formatAmount, groupThousands } from '../money/kopecks';
import { formatBp } from '../money/percent';

/** A yearly rate in hundredths of a percent: 1550 → «15,5 %». */
export const yearRate = formatBp;

/** A per-day rate in ten-thousandths of a percent: 1000 → «0,1 %», 533 → «0,0533 %». */
export function dayRate(perDay: number): string {
  const int = Math.floor(perDay / 10_000);
  const frac = String(perDay % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${int}${frac ? ',' + frac : ''}\u00a0%`;
}

/** The ст. 395 formula as a court writes it: «100 000,00 × 13 × 16 % / 366». */
export function formula395(debt: number, days: number, bp: number, yearDays: number): string {
  return `${formatAmount(debt)} × ${days} × ${yearRate(bp)} / ${yearDays}`;
}

/** The penalty formula: «100 000,00 × 13 × 0,1 %». */
export function formulaPenalty(debt: number, days: number, perDay: number): string {
  return `${formatAmount(debt)} × ${days} × ${dayRate(perDay)}`;
}

/** Whole rubles as a limit or a duty is written: 75000000 → «750 000 ₽» (kopecks dropped only when zero). */
export function rubles(kopecks: number): string {
  return kopecks % 100 === 0 ? `${groupThousands(String(kopecks / 100))}\u00a0₽` : `${formatAmount(kopecks)}\u00a0₽`;
}
