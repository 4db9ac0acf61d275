/** Turns the typed form into checked inputs, with one error code per field that cannot be used (once per change). */
import { DEBT, parseMoney, mulDivRound, type MoneyError, type Parsed } from '../money/kopecks';
import { parsePercent, type PercentError } from '../money/percent';
import { dayFromInput, dayOfUtcDate, utcDate } from '../date/day';
import { addMonths, daysBetween } from '../date/arithmetic';
import type { InstallmentInput } from './schedule';
import type { DiscountInput } from './discount';
import type { CalcState, Field } from './url-state';
import { ERROR_MESSAGES, type ErrorCode } from './messages';

export { ERROR_MESSAGES, type ErrorCode };

/** Errors by field; a field with no entry is fine. */
export type FieldErrors = Partial<Record<Field, ErrorCode>>;

/** The outcome of checking a form: the input when everything is usable, and the errors. */
export interface Checked<T> {
  input: T | null;
  errors: FieldErrors;
}

/** Most payments a plan may have. */
const MAX_PAYMENTS = 120;
/** Longest term, in days, the discount tool accepts (ten years). */
const MAX_DAYS = 3650;

/** Read a whole number typed with spaces ("12", " 1 000 "); null when it is not one. */
export function parseWholeNumber(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(s)) return null;
  return Number(s);
}

/** Days from today: a number of days, or a date (27.11.2026) turned into days from `today`. */
export function parseDaysOrDate(input: string, today: Date): { days: number } | { error: ErrorCode } {
  if (input.trim() === '') return { error: 'empty' };
  const n = parseWholeNumber(input);
  if (n !== null) return n > MAX_DAYS ? { error: 'days-too-many' } : { days: n };
  if (/^[−-]\s*\d/.test(input.trim())) return { error: 'negative' };
  const date = dayFromInput(input);
  if (date === null) return { error: 'days-or-date' };
  const days = daysBetween(dayOfUtcDate(today), date);
  if (days < 0) return { error: 'date-past' };
  return days > MAX_DAYS ? { error: 'days-too-many' } : { days };
}

/** A percentage's error: "not a number" gets percentage examples, not money ones. */
function pctError(e: PercentError): ErrorCode {
  return e === 'not-a-number' ? 'not-a-percent' : e;
}

/** The debt or invoice amount as typed in the calculator: the money module's debt rules, as in every tool. */
export function readAmountField(text: string): Parsed<number, MoneyError> {
  return parseMoney(text, DEBT);
}

function readAmount(state: CalcState, errors: FieldErrors): number | null {
  const amount = readAmountField(state.amount);
  if (!amount.ok) errors.amount = amount.error;
  return amount.ok ? amount.value : null;
}

/** A share of `amount` typed in ₽ or %; `maxBp` is the largest share allowed, in hundredths of a percent. */
function readShare(
  value: string,
  unit: 'rub' | 'pct',
  amount: number | null,
  maxBp: number,
): { kopecks: number; fraction: number | null } | ErrorCode {
  if (unit === 'pct') {
    const p = parsePercent(value, 100_000);
    if (!p.ok) return pctError(p.error);
    if (p.value > maxBp) return 'share-too-large';
    return { kopecks: amount === null ? 0 : mulDivRound(amount, p.value, 10_000), fraction: p.value / 10_000 };
  }
  const m = parseMoney(value, { allowZero: true });
  if (!m.ok) return m.error;
  if (amount !== null && m.value * 10_000 > amount * maxBp) return 'share-too-large';
  return { kopecks: m.value, fraction: null };
}

/** Check the installment form against `today` (injected: the lib never reads the clock). */
export function readInstallments(state: CalcState, today: Date): Checked<InstallmentInput> {
  const errors: FieldErrors = {};
  const amount = readAmount(state, errors);
  let down = 0;
  if (state.down.trim() !== '') {
    const share = readShare(state.down, state.downUnit, amount, 9_999);
    if (typeof share === 'string') errors.down = share === 'share-too-large' ? 'down-too-large' : share;
    else if (amount !== null && share.kopecks >= amount) errors.down = 'down-too-large';
    else down = share.kopecks;
  }
  const n = parseWholeNumber(state.n);
  if (state.n.trim() === '') errors.n = 'empty';
  else if (n === null) errors.n = 'whole-number';
  else if (n < 1 || n > MAX_PAYMENTS) errors.n = 'payments-range';
  else if (amount !== null && !errors.down && (amount - down) / n < 100) errors.n = 'payments-too-small';
  const now = dayOfUtcDate(today);
  const start = dayFromInput(state.start);
  if (state.start.trim() === '') errors.start = 'empty';
  else if (start === null) errors.start = 'date';
  else if (start < now) errors.start = 'date-past';
  else if (start > addMonths(now, 120)) errors.start = 'date-too-far';
  let rateBp = 0;
  if (state.rate.trim() !== '') {
    const r = parsePercent(state.rate, 100_000);
    if (!r.ok) errors.rate = pctError(r.error);
    else if (r.value > 10_000) errors.rate = 'rate-too-high';
    else rateBp = r.value;
  }
  if (Object.keys(errors).length > 0 || amount === null || n === null || start === null) return { input: null, errors };
  return {
    input: { amount, down, n, every: state.every, start: utcDate(start), rateBp, method: state.method },
    errors,
  };
}

/** Check the discount form against `today`. */
export function readDiscount(state: CalcState, today: Date): Checked<DiscountInput> {
  const errors: FieldErrors = {};
  const amount = readAmount(state, errors);
  let discount = 0;
  let fraction = 0;
  const share = readShare(state.discount, state.discountUnit, amount, 5_000);
  if (typeof share === 'string') errors.discount = share === 'share-too-large' ? 'discount-too-large' : share;
  else if (share.kopecks === 0 && (share.fraction === null || share.fraction === 0)) errors.discount = 'zero';
  else {
    discount = share.kopecks;
    fraction = share.fraction ?? (amount ? share.kopecks / amount : 0);
  }
  const early = parseDaysOrDate(state.discountDays, today);
  if ('error' in early) errors.discountDays = early.error;
  const due = parseDaysOrDate(state.dueDays, today);
  if ('error' in due) errors.dueDays = due.error;
  else if (due.days === 0) errors.dueDays = 'zero';
  else if ('days' in early && due.days <= early.days) errors.dueDays = 'due-before-discount';
  const key = parsePercent(state.keyRate, 100_000);
  if (!key.ok) errors.keyRate = pctError(key.error);
  else if (key.value === 0) errors.keyRate = 'zero';
  else if (key.value > 10_000) errors.keyRate = 'rate-too-high';
  if (Object.keys(errors).length > 0 || amount === null || !('days' in early) || !('days' in due) || !key.ok)
    return { input: null, errors };
  if (discount === 0) return { input: null, errors: { ...errors, discount: 'discount-rounds-to-zero' } };
  return {
    input: { amount, discount, fraction, discountDays: early.days, dueDays: due.days, keyRateBp: key.value },
    errors,
  };
}
