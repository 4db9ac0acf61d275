/** A case's amount: typed in rubles the way people write them, kept in whole kopecks. */

/** Largest amount accepted, in kopecks (999 999 999 999,99 ₽). */
export const MAX_KOPECKS = 99_999_999_999_999;

/**
 * Parse "80 000", "80000,5", "1 234 567.89 ₽", "500 руб." into kopecks; null for anything else
 * (negative, more than two decimals, letters, too large). Empty input is also null.
 */
export function parseRubles(input: string): number | null {
  const s = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(₽|руб\.?|р\.?)$/i, '')
    .replace(',', '.');
  const m = /^(\d{1,14})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const kopecks = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return kopecks <= MAX_KOPECKS ? kopecks : null;
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
