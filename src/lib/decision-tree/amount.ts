/**
 * The debt amount a user may type on an amount question: parsed leniently, kept in integer kopecks, and carried
 * in the URL as `sum=<rubles>[.<kopecks>]` so the plan can pre-fill the calculator.
 */
import { parseMoney } from '../money/kopecks';

/** Kopecks for a typed amount ("250 000", "99 500,50 ₽"), read by the site's money parser; not positive → null. */
export function parseRubles(text: string): number | null {
  const parsed = parseMoney(text);
  return parsed.ok && parsed.value > 0 ? parsed.value : null;
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
