/**
 * The calculator's form state and its URL. The state holds what the user typed (strings), so a link
 * reopens exactly what was on screen, errors included; checking and computing happen in input-check.ts.
 *
 * URL parameters (part of the product): mode=installments|discount, amount, down (₽) or downPct, n,
 * every=week|2weeks|month|quarter, start=YYYY-MM-DD, interest (% a year), method=annuity|equal-principal;
 * discountPct or discount (₽), discountDays, dueDays, keyRate. Values equal to the defaults are left out, except
 * `start` in installment mode, so a shared schedule keeps its dates. Ruble amounts go into the URL as plain
 * numbers (amount=600000) and come back formatted as a person would type them («600 000»). Links made before
 * December 2026 name the interest `rate`, a name the claim calculator uses for its key-rate rows
 * («2026-09-01:16.5»): a `rate` without a colon is still read as the interest.
 *
 * This module and url-params.ts own these names (the names and the small link helpers live there, so that
 * pages linking here do not load this reader): every other file reads and writes them through the two
 * (tests/unit/boundaries.test.ts enforces it).
 */
import { FREQUENCIES, type Frequency } from './dates';
import { oldInterest } from './url-params';
import { METHODS, type Method } from './schedule';
import { DEFAULT_KEY_RATE_BP } from './key-rate-default';
import { formatBp } from '../money/percent';
import { dayOfUtcDate, isoFromDay } from '../date/day';
import { formatField, fromUrl, parseMoney, toUrl } from '../money/kopecks';
import type { ErrorCode } from './messages';

/** The two tools. */
export const MODES = ['installments', 'discount'] as const;
/** One of MODES. */
export type Mode = (typeof MODES)[number];
/** Whether an amount is given in rubles or in percent. */
type Unit = 'rub' | 'pct';

/** Everything on the form, as typed. */
export interface CalcState {
  mode: Mode;
  /** The debt or the invoice amount (shared by both tools). */
  amount: string;
  down: string;
  downUnit: Unit;
  n: string;
  every: Frequency;
  start: string;
  rate: string;
  method: Method;
  discount: string;
  discountUnit: Unit;
  discountDays: string;
  dueDays: string;
  keyRate: string;
}

/** A field of the form. */
export type Field = keyof CalcState;

/** The form before the user has typed anything; `today` is the first payment date by default. */
export function defaultState(today: Date): CalcState {
  return {
    mode: 'installments',
    amount: '',
    down: '',
    downUnit: 'rub',
    n: '6',
    every: 'month',
    start: isoFromDay(dayOfUtcDate(today)),
    rate: '',
    method: 'annuity',
    discount: '2',
    discountUnit: 'pct',
    discountDays: '10',
    dueDays: '30',
    keyRate: formatBp(DEFAULT_KEY_RATE_BP).replace(/\s*%$/, ''),
  };
}

/** What reading a URL gives: the state, which fields the URL set, and what in it could not be used as is. */
export interface UrlRead {
  state: CalcState;
  /** Fields whose value came from the URL (their errors show at once). */
  fromUrl: Field[];
  /** Select fields whose URL value is not one of the options (the default is used instead). */
  unknownOption: Field[];
  /**
   * Fields the URL gave more than one value for: 'unit-conflict' when both ₽ and % were given (`down` and
   * `downPct`; the ₽ value is used), 'url-duplicate' when a parameter was repeated (the first is used).
   */
  conflicts: Partial<Record<Field, Extract<ErrorCode, 'unit-conflict' | 'url-duplicate'>>>;
}

/** A money value as a person would type it ("600000" → "600 000"); left as is when it is not money. */
function typed(value: string): string {
  const m = fromUrl(value, { allowZero: true });
  return m.ok ? formatField(m.value) : value;
}
/** A money value in its URL form ("600 000,00 ₽" → "600000"); left as is when it is not money. */
function canonical(value: string): string {
  const m = parseMoney(value, { allowZero: true });
  return m.ok ? toUrl(m.value) : value;
}

const LIMIT = 200;
const clip = (s: string): string => s.slice(0, LIMIT);
function pick<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** Read the state from a URL's query; never throws, whatever the URL holds. */
export function fromSearchParams(params: URLSearchParams, today: Date): UrlRead {
  const state = defaultState(today);
  const fromUrl: Field[] = [];
  const unknownOption: Field[] = [];
  const conflicts: UrlRead['conflicts'] = {};
  /** The first value of a parameter; a repeated parameter with different values is reported. */
  const get = (name: string, field: Field): string | null => {
    const all = name === 'interest' && !params.has(name) ? oldInterest(params) : params.getAll(name);
    if (new Set(all).size > 1) conflicts[field] ??= 'url-duplicate';
    return all[0] ?? null;
  };
  const text = (
    name: string,
    field: Field & ('amount' | 'n' | 'start' | 'rate' | 'discountDays' | 'dueDays' | 'keyRate'),
  ) => {
    const v = get(name, field);
    if (v !== null) {
      state[field] = field === 'amount' ? typed(clip(v)) : clip(v);
      fromUrl.push(field);
    }
  };
  const choice = <T extends string>(name: string, field: 'mode' | 'every' | 'method', options: readonly T[]) => {
    const v = get(name, field);
    if (v === null) return;
    const ok = pick(options, v);
    if (ok) (state as unknown as Record<string, string>)[field] = ok;
    else unknownOption.push(field);
  };
  /** A share given in ₽ (`rub`) or % (`pct`); when both are given the ₽ value is used and the conflict reported. */
  const share = (field: 'down' | 'discount', rub: string, pct: string) => {
    const r = get(rub, field);
    const p = get(pct, field);
    if (r !== null && p !== null) conflicts[field] = 'unit-conflict';
    if (r !== null) Object.assign(state, { [field]: typed(clip(r)), [`${field}Unit`]: 'rub' });
    else if (p !== null) Object.assign(state, { [field]: clip(p), [`${field}Unit`]: 'pct' });
    if (r !== null || p !== null) fromUrl.push(field);
  };
  choice('mode', 'mode', MODES);
  text('amount', 'amount');
  share('down', 'down', 'downPct');
  text('n', 'n');
  choice('every', 'every', FREQUENCIES);
  text('start', 'start');
  text('interest', 'rate');
  choice('method', 'method', METHODS);
  share('discount', 'discount', 'discountPct');
  text('discountDays', 'discountDays');
  text('dueDays', 'dueDays');
  text('keyRate', 'keyRate');
  return { state, fromUrl: [...new Set(fromUrl)], unknownOption, conflicts };
}

/** The URL query for a state: values that differ from the defaults, in a fixed order; ₽ amounts as plain numbers. */
export function toSearchParams(state: CalcState, today: Date): URLSearchParams {
  const d = defaultState(today);
  const p = new URLSearchParams();
  p.set('mode', state.mode);
  if (state.amount !== d.amount) p.set('amount', canonical(state.amount));
  if (state.down !== d.down || state.downUnit !== d.downUnit)
    p.set(state.downUnit === 'pct' ? 'downPct' : 'down', state.downUnit === 'pct' ? state.down : canonical(state.down));
  if (state.n !== d.n) p.set('n', state.n);
  if (state.every !== d.every) p.set('every', state.every);
  if (state.mode === 'installments' || state.start !== d.start) p.set('start', state.start);
  if (state.rate !== d.rate) p.set('interest', state.rate);
  if (state.method !== d.method) p.set('method', state.method);
  if (state.discount !== d.discount || state.discountUnit !== d.discountUnit)
    p.set(
      state.discountUnit === 'pct' ? 'discountPct' : 'discount',
      state.discountUnit === 'pct' ? state.discount : canonical(state.discount),
    );
  if (state.discountDays !== d.discountDays) p.set('discountDays', state.discountDays);
  if (state.dueDays !== d.dueDays) p.set('dueDays', state.dueDays);
  if (state.keyRate !== d.keyRate) p.set('keyRate', state.keyRate);
  return p;
}
