/** A case's amount: typed in rubles the way people write them, kept in whole kopecks. */
import { parseMoney } from '../money/kopecks';

/** Largest amount accepted, in kopecks: the site-wide limit of the money module. */
export { MAX_KOPECKS } from '../money/kopecks';

/**
 * Parse "80 000", "80000,5", "1 234 567.89 ₽", "500 руб." into kopecks with the site's one money parser;
 * null for anything it refuses (negative, more than two decimals, letters, too large) and for empty input.
 */
export function parseRubles(input: string): number | null {
  const parsed = parseMoney(input);
  return parsed.ok ? parsed.value : null;
}

/** 8000050 → "80 000,50" with `space` between thousands; kopecks only when there are some. */
function digits(kopecks: number, space: string): string {
  const kop = kopecks % 100;
  const grouped = String(Math.floor(kopecks / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return `${grouped}${kop ? `,${String(kop).padStart(2, '0')}` : ''}`;
}

/** 8000050 → "80 000,50 ₽", 8000000 → "80 000 ₽" (no-break spaces, Russian style). */
export function formatRubles(kopecks: number): string {
  return `${digits(kopecks, '\u00a0')}\u00a0₽`;
}

/** The amount as it goes back into an input: "80 000,50", without the sign; "" for none. */
export function rublesInputValue(kopecks: number | null): string {
  return kopecks === null ? '' : digits(kopecks, ' ');
}
