/**
 * The claim calculator's state in the URL. The state holds what the user typed (strings), so a link reopens
 * exactly what was on screen, errors included; checking happens in input-check.ts.
 *
 * Parameters (part of the product): debt, due, arose (invoice 1; arose — when the goods were delivered or the work
 * handed over, optional); inv (repeatable, YYYY-MM-DD:amount, or YYYY-MM-DD:amount:YYYY-MM-DD with its arose date,
 * invoices 2…);
 * to; pay (repeatable, YYYY-MM-DD:amount, or YYYY-MM-DD:amount:N to name invoice N); kind=395|penalty;
 * penalty (% per day); cap (% of the debt); moratorium=auto|on|off; debtor=company|ip|person; claimSent;
 * rate (repeatable, YYYY-MM-DD:percent); workdays=1|0 (ГК РФ ст. 193: a due date on a non-working day moves to the
 * next working day; 1, the default, is not written); orderFiled, orderCancelled, suitFiled (YYYY-MM-DD, optional:
 * limitation while the court acts). Amounts are written as plain numbers (debt=150000.5). A plan of the
 * decision tree adds from=plan (read once, not written back): its amount may already include interest.
 *
 * This module owns these names, with url-params.ts for the links other tools write (kept apart so the tree's
 * island does not load this reader): every other file reads and writes them through the two and CLAIM_PARAMS
 * (tests/unit/boundaries.test.ts enforces it).
 */
import { formatField, parseMoney, toUrl } from '../money/kopecks';
import { dayFromInput, isoFromDay } from '../date/day';
import type { ErrorCode } from './messages';
import type { ChargeKind, DebtorKind, MoratoriumMode } from './result';

/** Every parameter of the claim calculator's URL. */
export const CLAIM_PARAMS = [
  'debt',
  'due',
  'arose',
  'inv',
  'to',
  'pay',
  'kind',
  'penalty',
  'cap',
  'moratorium',
  'debtor',
  'claimSent',
  'rate',
  'from',
  'workdays',
  'orderFiled',
  'orderCancelled',
  'suitFiled',
] as const;

/** The charge kinds, as the URL writes them. */
const KINDS = ['395', 'penalty'] as const satisfies readonly ChargeKind[];
/** The debtor kinds, as the URL writes them. */
export const DEBTORS = ['company', 'ip', 'person'] as const satisfies readonly DebtorKind[];
/** The moratorium modes, as the URL writes them. */
const MORATORIUM_MODES = ['auto', 'on', 'off'] as const satisfies readonly MoratoriumMode[];
/** The working-day shift (ГК РФ ст. 193), as the URL writes it: on by default. */
const WORKDAYS = ['1', '0'] as const;

/** One more invoice, as typed; `arose` is '' when not given. */
interface InvoiceText {
  amount: string;
  due: string;
  arose: string;
}
/** One payment, as typed; `invoice` is '' (the earliest due) or the invoice's number from 1. */
interface PaymentText {
  date: string;
  amount: string;
  invoice: string;
}
/** One key rate the user added, as typed. */
interface RateText {
  date: string;
  percent: string;
}

/** Everything on the form. */
export interface ClaimState {
  /** The debt (invoice 1), its due date and when it arose (goods delivered, work handed over; optional). */
  debt: string;
  due: string;
  arose: string;
  /** Invoices 2, 3, … */
  invoices: InvoiceText[];
  /** The last day counted, YYYY-MM-DD. */
  to: string;
  payments: PaymentText[];
  kind: ChargeKind;
  penalty: string;
  cap: string;
  moratorium: MoratoriumMode;
  debtor: DebtorKind;
  claimSent: string;
  rates: RateText[];
  /** '1': a due date on a non-working day moves to the next working day (ГК РФ ст. 193); '0': it does not. */
  workdays: (typeof WORKDAYS)[number];
  /** Limitation while the court acts: when the court-order application was filed, the order cancelled, the suit filed. */
  orderFiled: string;
  orderCancelled: string;
  suitFiled: string;
}

/**
 * A key naming one input on the form, for errors: 'debt', 'due', 'to', 'kind', 'penalty', 'cap',
 * 'moratorium', 'debtor', 'claimSent', or a row's field: 'inv.0.amount', 'pay.2.date', 'rate.1.percent'.
 */
export type FieldKey = string;

/** The empty form, counting to `today` (YYYY-MM-DD). */
export function defaultState(today: string): ClaimState {
  return {
    debt: '',
    due: '',
    arose: '',
    invoices: [],
    to: today,
    payments: [],
    kind: '395',
    penalty: '',
    cap: '',
    moratorium: 'auto',
    debtor: 'company',
    claimSent: '',
    rates: [],
    workdays: '1',
    orderFiled: '',
    orderCancelled: '',
    suitFiled: '',
  };
}

/** The most rows of one kind a link may hold. */
const MAX_ROWS = 200;
const LIMIT = 200;
const clip = (s: string): string => s.slice(0, LIMIT);

/** What reading a URL gives: the state, which inputs it set, and what in it could not be used as is. */
export interface UrlRead {
  state: ClaimState;
  /** Inputs whose value came from the URL (their errors show at once). */
  fromUrl: FieldKey[];
  /** Link problems by input: unknown options, repeated values, rows not in the «date:amount» shape. */
  problems: Record<FieldKey, ErrorCode>;
  /** The link came from a decision-tree plan (`from=plan`): its debt is the whole sum the user means to claim. */
  fromPlan: boolean;
}

/** A money value as a person would type it ("600000" → "600 000"); left as is when it is not money. */
function typedMoney(value: string): string {
  const m = parseMoney(value, { allowZero: true });
  return m.ok ? formatField(m.value) : value;
}
/** A money value in its URL form ("600 000,00 ₽" → "600000"); left as is when it is not money. */
function urlMoney(value: string): string {
  const m = parseMoney(value, { allowZero: true });
  return m.ok ? toUrl(m.value) : value.trim();
}
/** A percentage as typed ("0.1" → "0,1"). */
const typedPercent = (v: string): string => v.replace('.', ',');
/** A percentage in its URL form ("0,1 %" → "0.1"). */
const urlPercent = (v: string): string => v.replace(/\s|%/g, '').replace(',', '.');
/** A date in its URL form: ISO when it reads as a date, else as typed. */
function urlDate(v: string): string {
  const d = dayFromInput(v);
  return d === null ? v.trim() : isoFromDay(d);
}

/** Read the state from a URL's query (`today` is YYYY-MM-DD); never throws, whatever the URL holds. */
export function fromSearchParams(params: URLSearchParams, today: string): UrlRead {
  const state = defaultState(today);
  const fromUrl: FieldKey[] = [];
  const problems: Record<FieldKey, ErrorCode> = {};
  const one = (name: string): string | null => {
    const all = params.getAll(name);
    if (new Set(all).size > 1) problems[name] = 'url-duplicate';
    if (all[0] !== undefined) fromUrl.push(name);
    return all[0] === undefined ? null : clip(all[0]);
  };
  const choice = <T extends string>(name: string, options: readonly T[]): T | null => {
    const v = one(name);
    if (v === null) return null;
    if ((options as readonly string[]).includes(v)) return v as T;
    problems[name] ??= 'unknown-option';
    return null;
  };
  /** Rows of a repeatable parameter split at ':' into `size` parts (the last optional when `optional`). */
  const rows = (name: string, first: string, size: number, optional = false): string[][] => {
    const all = params.getAll(name);
    if (all.length > MAX_ROWS) problems[`${name}.${MAX_ROWS - 1}.${first}`] = 'url-too-many';
    return all.slice(0, MAX_ROWS).map((raw, i) => {
      const parts = clip(raw).split(':');
      if (parts.length !== size && !(optional && parts.length === size - 1))
        problems[`${name}.${i}.${first}`] ??= 'url-item';
      return parts;
    });
  };

  state.debt = typedMoney(one('debt') ?? '');
  state.due = one('due') ?? '';
  state.arose = one('arose') ?? '';
  state.invoices = rows('inv', 'due', 3, true).map(([due = '', amount = '', arose = '']) => ({
    due,
    amount: typedMoney(amount),
    arose,
  }));
  state.to = one('to')?.trim() || today;
  state.payments = rows('pay', 'date', 3, true).map(([date = '', amount = '', invoice = '']) => ({
    date,
    amount: typedMoney(amount),
    invoice,
  }));
  state.kind = choice('kind', KINDS) ?? state.kind;
  state.penalty = typedPercent(one('penalty') ?? '');
  state.cap = typedPercent(one('cap') ?? '');
  state.moratorium = choice('moratorium', MORATORIUM_MODES) ?? state.moratorium;
  state.debtor = choice('debtor', DEBTORS) ?? state.debtor;
  state.claimSent = one('claimSent') ?? '';
  state.rates = rows('rate', 'date', 2).map(([date = '', percent = '']) => ({ date, percent: typedPercent(percent) }));
  state.workdays = choice('workdays', WORKDAYS) ?? state.workdays;
  state.orderFiled = one('orderFiled') ?? '';
  state.orderCancelled = one('orderCancelled') ?? '';
  state.suitFiled = one('suitFiled') ?? '';
  const rowKeys = (name: string, list: readonly object[]) =>
    list.flatMap((row, i) => Object.keys(row).map((k) => `${name}.${i}.${k}`));
  fromUrl.push(...rowKeys('inv', state.invoices), ...rowKeys('pay', state.payments), ...rowKeys('rate', state.rates));
  const fromPlan = params.get('from') === 'plan' && state.debt !== '';
  return { state, fromUrl, problems, fromPlan };
}

/** The URL query for a state, in a fixed order; empty values and defaults (except `to`) are left out. */
export function toSearchParams(state: ClaimState): URLSearchParams {
  const d = defaultState('');
  const p = new URLSearchParams();
  if (state.debt.trim()) p.set('debt', urlMoney(state.debt));
  if (state.due.trim()) p.set('due', urlDate(state.due));
  if (state.arose.trim()) p.set('arose', urlDate(state.arose));
  for (const inv of state.invoices)
    p.append('inv', `${urlDate(inv.due)}:${urlMoney(inv.amount)}${inv.arose.trim() ? `:${urlDate(inv.arose)}` : ''}`);
  if (state.to.trim()) p.set('to', urlDate(state.to));
  for (const pay of state.payments)
    p.append('pay', `${urlDate(pay.date)}:${urlMoney(pay.amount)}${pay.invoice ? `:${pay.invoice}` : ''}`);
  if (state.kind !== d.kind) p.set('kind', state.kind);
  // A percentage with nothing but «%» or spaces has no URL form: it is left out, as an empty field is.
  for (const [name, value] of [
    ['penalty', urlPercent(state.penalty)],
    ['cap', urlPercent(state.cap)],
  ] as const)
    if (value) p.set(name, value);
  if (state.moratorium !== d.moratorium) p.set('moratorium', state.moratorium);
  if (state.debtor !== d.debtor) p.set('debtor', state.debtor);
  if (state.claimSent.trim()) p.set('claimSent', urlDate(state.claimSent));
  for (const r of state.rates) p.append('rate', `${urlDate(r.date)}:${urlPercent(r.percent)}`);
  if (state.workdays !== d.workdays) p.set('workdays', state.workdays);
  if (state.orderFiled.trim()) p.set('orderFiled', urlDate(state.orderFiled));
  if (state.orderCancelled.trim()) p.set('orderCancelled', urlDate(state.orderCancelled));
  if (state.suitFiled.trim()) p.set('suitFiled', urlDate(state.suitFiled));
  return p;
}
