/**
 * Money, the one module every tool uses: amounts are integer kopecks; one lenient parser (with the rules a
 * field needs), one display format, one field format, one URL form. Russian messages for the parser's error
 * codes are in ./messages.ts. One space character throughout: the no-break space (U+00A0), so an amount never
 * breaks across lines and reads back the same.
 */

/** Why a typed amount cannot be used. */
export type MoneyError = 'empty' | 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large' | 'zero';

/** The result of reading a typed value: the value, or why it cannot be used. */
export type Parsed<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** What a field accepts beyond a well-formed amount. */
export interface MoneyRules {
  /** Whether 0 ₽ is a usable value (a down payment may be 0; a debt may not). Default: false. */
  allowZero?: boolean;
  /** The largest amount, in kopecks. Default: MAX_KOPECKS. */
  max?: number;
}

/**
 * The largest amount the site accepts, typed or added up: 100 billion rubles, far beyond any small-business debt.
 * A field refuses more (parseMoney); a total above it (several invoices, a debt with its penalty) is refused where
 * the total is shown (the claim's result, the documents), never computed into text no one can use.
 */
export const MAX_KOPECKS = 100_000_000_000_00;

/** The rules of a debt amount, wherever it is typed (the tree, the calculator, the checklist): more than 0 ₽. */
export const DEBT: MoneyRules = {};

/** The space between groups of digits and before the sign: no-break space. */
const SPACE = '\u00a0';

const SPACES = /[\s\u00a0\u2007\u202f']/g;
const CURRENCY = /(₽|руб(лей|ля|ль)?\.?|р\.?|rub)$/i;

/**
 * Strip what people add around a number ("1 234,50 ₽", "1234.5 руб.") and return its sign and digits, or null
 * when what is left is not a decimal number.
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

/**
 * A typed decimal with at most two decimals as a whole number of hundredths ("12,5" → 1250): what amounts
 * (kopecks) and percentages (basis points) share. `maxIntDigits` bounds the whole part; a negative number
 * other than zero is refused.
 */
export function parseHundredths(
  input: string,
  maxIntDigits: number,
): Parsed<number, 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large'> {
  const n = normalizeDecimal(input);
  if (!n) return { ok: false, error: 'not-a-number' };
  if (n.frac.length > 2) return { ok: false, error: 'too-many-decimals' };
  const int = n.int.replace(/^0+(?=\d)/, '');
  if (int.length > maxIntDigits) return { ok: false, error: 'too-large' };
  const value = Number(int) * 100 + Number(n.frac.padEnd(2, '0'));
  if (n.sign < 0 && value !== 0) return { ok: false, error: 'negative' };
  return { ok: true, value };
}

/** Read an amount of rubles as typed ("1 234 567,89 ₽", "1234.5", "500 руб.") into kopecks, by `rules`. */
export function parseMoney(input: string, rules: MoneyRules = DEBT): Parsed<number, MoneyError> {
  if (input.trim() === '') return { ok: false, error: 'empty' };
  const read = parseHundredths(input, 12);
  if (!read.ok) return read;
  const kopecks = read.value;
  if (kopecks > (rules.max ?? MAX_KOPECKS)) return { ok: false, error: 'too-large' };
  if (kopecks === 0 && !rules.allowZero) return { ok: false, error: 'zero' };
  return { ok: true, value: kopecks };
}

/** Group digits by three with the one space: "1234567" → "1 234 567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, SPACE);
}

/** 123456789 → "1 234 567,89", 8000000 → "80 000,00": for display, kopecks always shown. */
export function formatAmount(kopecks: number): string {
  const abs = Math.abs(kopecks);
  return `${kopecks < 0 ? '−' : ''}${groupThousands(String(Math.floor(abs / 100)))},${String(abs % 100).padStart(2, '0')}`;
}

/** 123456789 → "1 234 567,89 ₽": an amount for display, with the sign. */
export function formatRub(kopecks: number): string {
  return `${formatAmount(kopecks)}${SPACE}₽`;
}

/** 60000000 → "600 000", 123456789 → "1 234 567,89": an amount in a form field, as a person would type it. */
export function formatField(kopecks: number): string {
  const abs = Math.abs(kopecks);
  const kop = abs % 100;
  return `${kopecks < 0 ? '-' : ''}${groupThousands(String(Math.floor(abs / 100)))}${kop ? `,${String(kop).padStart(2, '0')}` : ''}`;
}

/** 123456789 → "1234567,89": the form spreadsheets read as a number (no grouping, decimal comma). */
export function formatPlain(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** The URL form of an amount: "250000", "250000.5", "250000.05" (a dot, no grouping, no trailing zero). */
export function toUrl(kopecks: number): string {
  const kop = kopecks % 100;
  return `${Math.floor(kopecks / 100)}${kop ? `.${String(kop).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

/** An amount from a URL parameter (at most 40 characters are read), by `rules`. */
export function fromUrl(raw: string, rules: MoneyRules = DEBT): Parsed<number, MoneyError> {
  return parseMoney(raw.slice(0, 40), rules);
}

/** a × b ÷ c rounded half up, exactly (BigInt), for non-negative integers. */
export function mulDivRound(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError('mulDivRound: divisor must be positive');
  const num = BigInt(a) * BigInt(b) * 2n + BigInt(c);
  return Number(num / (2n * BigInt(c)));
}
