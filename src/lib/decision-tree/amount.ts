/**
 * The debt amount a user may type on an amount question: parsed leniently, kept in integer kopecks, and carried
 * in the URL as `sum=<rubles>[.<kopecks>]` so the plan can pre-fill the calculator.
 */

/** Largest amount accepted: one trillion rubles, in kopecks. */
const MAX_KOPECKS = 100_000_000_000_000;

/**
 * Kopecks for a typed amount: spaces (also non-breaking), "₽", "руб." and "р." are ignored, comma or dot is
 * the decimal mark, at most two decimals; anything else, zero or negative → null.
 */
export function parseRubles(text: string): number | null {
  const cleaned = text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(₽|руб\.?|р\.?)$/u, '');
  const m = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const kopecks = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return kopecks > 0 && kopecks <= MAX_KOPECKS ? kopecks : null;
}

/** The URL form of an amount: "250000" or "250000.5" (dot as the decimal mark). */
export function kopecksToParam(kopecks: number): string {
  const rub = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  return kop ? `${rub}.${String(kop).padStart(2, '0').replace(/0$/, '')}` : String(rub);
}

/** The amount in a form field: "250000" or "250000,50" (comma, as Russian users type it). */
export function kopecksToInput(kopecks: number): string {
  const kop = kopecks % 100;
  return kop ? `${Math.floor(kopecks / 100)},${String(kop).padStart(2, '0')}` : String(kopecks / 100);
}
