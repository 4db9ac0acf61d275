/** Money as integer kopecks: lenient parsing of what people type, Russian formatting, exact rounding. */

/** Why a typed amount cannot be used. */
export type MoneyError = 'empty' | 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large';

/** The result of reading a typed value: the value, or why it cannot be used. */
export type Parsed<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** The largest amount the calculator accepts: 100 billion rubles, far beyond any small-business debt. */
export const MAX_KOPECKS = 100_000_000_000_00;

const SPACES = /[\s\u00a0\u2007\u202f']/g;
const CURRENCY = /(₽|руб(лей|ля|ль)?\.?|р\.?|rub)$/i;

/**
 * Strip what people add around a number ("1 234,50 ₽", "1234.5 руб.") and return a plain decimal string
 * with a dot, or null when what is left is not a decimal number.
 */
export function normalizeDecimal(input: string): { sign: 1 | -1; int: string; frac: string } | null {
  let s = input.replace(SPACES, '').replace(CURRENCY, '').replace(SPACES, '');
  s = s.replace(/^[−–]/, '-');
  let sign: 1 | -1 = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const m = /^(\d*)(?:[.,](\d*))?$/.exec(s);
  if (!m) return null;
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  if (int === '' && frac === '') return null;
  return { sign, int: int === '' ? '0' : int, frac };
}

/** Read an amount of rubles as typed ("1 234 567,89 ₽", "1234.5", "500 руб.") into kopecks. */
export function parseMoney(input: string): Parsed<number, MoneyError> {
  if (input.trim() === '') return { ok: false, error: 'empty' };
  const n = normalizeDecimal(input);
  if (!n) return { ok: false, error: 'not-a-number' };
  if (n.frac.length > 2) return { ok: false, error: 'too-many-decimals' };
  const int = n.int.replace(/^0+(?=\d)/, '');
  if (int.length > 12) return { ok: false, error: 'too-large' };
  const kopecks = Number(int) * 100 + Number(n.frac.padEnd(2, '0'));
  if (n.sign < 0 && kopecks !== 0) return { ok: false, error: 'negative' };
  if (kopecks > MAX_KOPECKS) return { ok: false, error: 'too-large' };
  return { ok: true, value: kopecks };
}

/** Group digits by three with a narrow no-break space, as Russian typography does: 1 234 567. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** 123456789 → "1 234 567,89 ₽" (no-break spaces, so the sum never breaks across lines). */
export function formatRub(kopecks: number): string {
  return `${formatAmount(kopecks)}\u00a0₽`;
}

/** 123456789 → "1 234 567,89" without the currency sign. */
export function formatAmount(kopecks: number): string {
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const rub = Math.floor(abs / 100);
  const kop = String(abs % 100).padStart(2, '0');
  return `${sign}${groupThousands(String(rub))},${kop}`;
}

/** 60000000 → "600 000", 123456789 → "1 234 567,89": an amount as a person would type it into a field. */
export function formatTyped(kopecks: number): string {
  const abs = Math.abs(kopecks);
  const rub = groupThousands(String(Math.floor(abs / 100))).replace(/\u202f/g, ' ');
  const kop = abs % 100;
  return `${kopecks < 0 ? '-' : ''}${rub}${kop === 0 ? '' : `,${String(kop).padStart(2, '0')}`}`;
}

/** 123456789 → "1234567,89": the form spreadsheets read as a number (no grouping, decimal comma). */
export function formatPlain(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** 123456789 → "1234567.89", for URLs and files that want a dot. */
export function toDecimalString(kopecks: number): string {
  return formatPlain(kopecks).replace(',', '.').replace(/\.00$/, '');
}

/** a × b ÷ c rounded half up, exactly (BigInt), for non-negative integers. */
export function mulDivRound(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError('mulDivRound: divisor must be positive');
  const num = BigInt(a) * BigInt(b) * 2n + BigInt(c);
  return Number(num / (2n * BigInt(c)));
}
