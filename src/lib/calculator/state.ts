/**
 * The calculator's form state and its URL. The state holds what the user typed (strings), so a link
 * reopens exactly what was on screen, errors included; checking and computing happen in validate.ts.
 *
 * URL parameters (part of the product): mode=installments|discount, amount, down (₽) or downPct, n,
 * every=week|2weeks|month|quarter, start=YYYY-MM-DD, rate, method=annuity|equal-principal; discountPct or
 * discount (₽), discountDays, dueDays, keyRate. Values equal to the defaults are left out, except `start`
 * in installment mode, so a shared schedule keeps its dates.
 */
import { FREQUENCIES, type Frequency } from './dates';
import { METHODS, type Method } from './schedule';
import { latestKeyRate } from '../money/key-rate';
import { formatBp } from '../money/percent';
import { toIsoDate } from '../format/date';

/** The two tools. */
export const MODES = ['installments', 'discount'] as const;
/** One of MODES. */
export type Mode = (typeof MODES)[number];
/** Whether an amount is given in rubles or in percent. */
export type Unit = 'rub' | 'pct';

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
    start: toIsoDate(today),
    rate: '',
    method: 'annuity',
    discount: '2',
    discountUnit: 'pct',
    discountDays: '10',
    dueDays: '30',
    keyRate: formatBp(latestKeyRate().bp).replace(/\s*%$/, ''),
  };
}

/** What reading a URL gives: the state, which fields the URL set, and choices it named that do not exist. */
export interface UrlRead {
  state: CalcState;
  /** Fields whose value came from the URL (their errors show at once). */
  fromUrl: Field[];
  /** Select fields whose URL value is not one of the options (the default is used instead). */
  unknownOption: Field[];
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
  const text = (name: string, field: Field & ('amount' | 'n' | 'start' | 'rate' | 'discountDays' | 'dueDays' | 'keyRate')) => {
    const v = params.get(name);
    if (v !== null) {
      state[field] = clip(v);
      fromUrl.push(field);
    }
  };
  const choice = <T extends string>(name: string, field: 'mode' | 'every' | 'method', options: readonly T[]) => {
    const v = params.get(name);
    if (v === null) return;
    const ok = pick(options, v);
    if (ok) (state as unknown as Record<string, string>)[field] = ok;
    else unknownOption.push(field);
  };
  choice('mode', 'mode', MODES);
  text('amount', 'amount');
  for (const [name, unit] of [['down', 'rub'], ['downPct', 'pct']] as const) {
    const v = params.get(name);
    if (v === null) continue;
    Object.assign(state, { down: clip(v), downUnit: unit });
    fromUrl.push('down');
  }
  text('n', 'n');
  choice('every', 'every', FREQUENCIES);
  text('start', 'start');
  text('rate', 'rate');
  choice('method', 'method', METHODS);
  for (const [name, unit] of [['discount', 'rub'], ['discountPct', 'pct']] as const) {
    const v = params.get(name);
    if (v === null) continue;
    Object.assign(state, { discount: clip(v), discountUnit: unit });
    fromUrl.push('discount');
  }
  text('discountDays', 'discountDays');
  text('dueDays', 'dueDays');
  text('keyRate', 'keyRate');
  return { state, fromUrl: [...new Set(fromUrl)], unknownOption };
}

/** The URL query for a state: values that differ from the defaults, in a fixed order. */
export function toSearchParams(state: CalcState, today: Date): URLSearchParams {
  const d = defaultState(today);
  const p = new URLSearchParams();
  p.set('mode', state.mode);
  if (state.amount !== d.amount) p.set('amount', state.amount);
  if (state.down !== d.down || state.downUnit !== d.downUnit) p.set(state.downUnit === 'pct' ? 'downPct' : 'down', state.down);
  if (state.n !== d.n) p.set('n', state.n);
  if (state.every !== d.every) p.set('every', state.every);
  if (state.mode === 'installments' || state.start !== d.start) p.set('start', state.start);
  if (state.rate !== d.rate) p.set('rate', state.rate);
  if (state.method !== d.method) p.set('method', state.method);
  if (state.discount !== d.discount || state.discountUnit !== d.discountUnit)
    p.set(state.discountUnit === 'pct' ? 'discountPct' : 'discount', state.discount);
  if (state.discountDays !== d.discountDays) p.set('discountDays', state.discountDays);
  if (state.dueDays !== d.dueDays) p.set('dueDays', state.dueDays);
  if (state.keyRate !== d.keyRate) p.set('keyRate', state.keyRate);
  return p;
}
