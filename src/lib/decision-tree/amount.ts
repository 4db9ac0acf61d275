/**
 * The debt amount a user may type on an amount question: parsed leniently, kept in integer kopecks, and carried
 * in the URL as `sum=<rubles>[.<kopecks>]` so the plan can pre-fill the calculator.
 */
import { groupThousands, parseMoney, type MoneyError, type Parsed } from '../money/kopecks';

/** Why a typed debt amount cannot be used: the money parser's reasons, plus zero (a debt is more than 0 ₽). */
export type AmountError = MoneyError | 'zero';

/** Read a typed debt amount into kopecks, or the precise reason it cannot be used. */
export function readAmount(text: string): Parsed<number, AmountError> {
  const parsed = parseMoney(text);
  if (!parsed.ok) return parsed;
  return parsed.value > 0 ? parsed : { ok: false, error: 'zero' };
}

/** What to tell the user for each reason, so a minus or a third decimal is named rather than "not a number". */
export const AMOUNT_ERROR_TEXT: Readonly<Record<AmountError, string>> = {
  empty: 'Введите сумму долга, например 250 000.',
  'not-a-number': 'Введите сумму цифрами, например 250 000 или 99 500,50.',
  negative: 'Сумма не может быть отрицательной — введите её без минуса.',
  zero: 'Сумма долга должна быть больше нуля.',
  'too-many-decimals': 'После запятой — не больше двух цифр (копейки), например 99 500,50.',
  'too-large': 'Слишком большая сумма — проверьте, нет ли лишних цифр.',
};

/** Kopecks for a typed amount ("250 000", "99 500,50 ₽"), read by the site's money parser; not positive → null. */
export function parseRubles(text: string): number | null {
  const parsed = readAmount(text);
  return parsed.ok ? parsed.value : null;
}

/** The URL form of an amount: "250000" or "250000.5" (dot as the decimal mark). */
export function kopecksToParam(kopecks: number): string {
  const rub = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  return kop ? `${rub}.${String(kop).padStart(2, '0').replace(/0$/, '')}` : String(rub);
}

/** The amount in a form field: "250 000" or "250 000,50" (digits grouped, comma, as Russian users write it). */
export function kopecksToInput(kopecks: number): string {
  const kop = kopecks % 100;
  const rub = groupThousands(String(Math.floor(kopecks / 100)));
  return kop ? `${rub},${String(kop).padStart(2, '0')}` : rub;
}
