/** Percentages as integer hundredths of a percent (basis points): 15,5 % → 1550. */
import { parseHundredths, type Parsed } from './kopecks';

/** Why a typed percentage cannot be used. */
export type PercentError = 'empty' | 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large';

/** Read "15,5", "15.5 %", "2%" into hundredths of a percent; refuses more than `max` (default 1000 %). */
export function parsePercent(input: string, max = 100_000): Parsed<number, PercentError> {
  if (input.trim() === '') return { ok: false, error: 'empty' };
  const read = parseHundredths(input.replace(/%\s*$/, ''), 7);
  if (!read.ok) return read;
  if (read.value > max) return { ok: false, error: 'too-large' };
  return read;
}

/** 1550 → "15,5 %"; 1234 → "12,34 %" (no-break space before the sign). */
export function formatBp(bp: number): string {
  const int = Math.trunc(bp / 100);
  const frac = String(Math.abs(bp % 100))
    .padStart(2, '0')
    .replace(/0$/, '')
    .replace(/^0$/, '');
  return `${int}${frac ? ',' + frac : ''}\u00a0%`;
}

/** A fraction as a percentage with two decimals: 0.37237 → "37,24 %". */
export function formatRatePct(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${(Math.round(fraction * 10000) / 100).toFixed(2).replace('.', ',')}\u00a0%`;
}
