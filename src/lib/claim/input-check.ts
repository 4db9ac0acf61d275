/**
 * Turning what the user typed into a ClaimInput, or error codes by input. A value that cannot be used is
 * never replaced by a guess: the calculation waits until every input reads.
 */
import { normalizeDecimal, parseMoney } from '../money/kopecks';
import { parsePercent } from '../money/percent';
import { KEY_RATES } from '../money/key-rate';
import { dayFromInput, dayFromIso, EPOCH, isoFromDay, requireDay, yearOf, type Day } from '../date/day';
import { addDays } from '../date/arithmetic';
import type { ErrorCode } from './messages';
import type { ClaimInput, Invoice, Payment } from './result';
import type { ClaimState, FieldKey } from './url-state';

/** What checking gives: the input when every value reads, the errors and the warnings by input. */
export interface Checked {
  input: ClaimInput | null;
  errors: Record<FieldKey, ErrorCode>;
  /** Values that are used but worth a word (a payment after the end date is left out). */
  warnings: Record<FieldKey, ErrorCode>;
}

/** The largest penalty per day accepted: 10 %, in ten-thousandths of a percent. */
const MAX_PENALTY = 100_000;

/** Read a penalty per day ("0,1", "0.05 %") into ten-thousandths of a percent. */
export function parsePerDay(input: string): { ok: true; value: number } | { ok: false; error: ErrorCode } {
  if (input.trim() === '') return { ok: false, error: 'empty' };
  const n = normalizeDecimal(input.replace(/%\s*$/, ''));
  if (!n) return { ok: false, error: 'not-a-percent' };
  if (n.sign < 0) return { ok: false, error: 'negative' };
  if (n.frac.length > 4) return { ok: false, error: 'too-many-decimals-penalty' };
  if (n.int.replace(/^0+/, '').length > 3) return { ok: false, error: 'penalty-too-high' };
  const value = Number(n.int) * 10_000 + Number(n.frac.padEnd(4, '0'));
  if (value === 0) return { ok: false, error: 'zero' };
  if (value > MAX_PENALTY) return { ok: false, error: 'penalty-too-high' };
  return { ok: true, value };
}

/** Years a claim's dates may have: one outside them is a typing slip (01.01.0201), not a debt. */
const YEARS = { min: 1900, max: 2199 } as const;

/** A date as typed, within YEARS. */
function dateOf(text: string): Day | null {
  const d = dayFromInput(text);
  return d !== null && yearOf(d) >= YEARS.min && yearOf(d) <= YEARS.max ? d : null;
}

/** The first day the site's key-rate table knows. */
const FIRST_RATE = requireDay(KEY_RATES[0]?.from ?? '2021-12-20');
/** The last row of the table: user rates come after it. */
const LAST_RATE = requireDay(KEY_RATES.at(-1)?.from ?? '2021-12-20');

/** Check the whole form; `today` is YYYY-MM-DD (the user's calendar day). */
export function checkClaim(state: ClaimState, today: string): Checked {
  const errors: Record<FieldKey, ErrorCode> = {};
  const warnings: Record<FieldKey, ErrorCode> = {};
  const now = dayFromIso(today) ?? EPOCH;
  const money = (key: FieldKey, text: string): number | null => {
    const m = parseMoney(text, { allowZero: true });
    if (!m.ok) errors[key] = m.error;
    else if (m.value === 0) errors[key] = 'zero';
    else return m.value;
    return null;
  };
  const date = (key: FieldKey, text: string, required = true): Day | null => {
    if (!text.trim()) {
      if (required) errors[key] = 'empty';
      return null;
    }
    const d = dateOf(text);
    if (d === null) errors[key] = 'date';
    return d;
  };
  const percent = (key: FieldKey, text: string, max: number, tooHigh: ErrorCode): number | null => {
    const p = parsePercent(text, Number.MAX_SAFE_INTEGER);
    if (!p.ok) errors[key] = p.error === 'not-a-number' ? 'not-a-percent' : p.error;
    else if (p.value === 0) errors[key] = 'zero';
    else if (p.value > max) errors[key] = tooHigh;
    else return p.value;
    return null;
  };

  const end = date('to', state.to);
  if (end !== null && end > addDays(now, 366)) errors['to'] = 'end-too-far';
  const invoiceTexts = [{ amount: state.debt, due: state.due, a: 'debt', d: 'due' }].concat(
    state.invoices.map((inv, i) => ({ ...inv, a: `inv.${i}.amount`, d: `inv.${i}.due` })),
  );
  const invoices: { amount: number | null; due: Day | null }[] = invoiceTexts.map((t) => {
    const amount = money(t.a, t.amount);
    const due = date(t.d, t.due);
    if (due !== null && end !== null && due > end) errors[t.d] = 'due-after-end';
    else if (due !== null && state.kind === '395' && addDays(due, 1) < FIRST_RATE) errors[t.d] = 'due-before-rates';
    return { amount, due };
  });
  const payments = state.payments.map((p, i) => {
    const k = `pay.${i}`;
    const day = date(`${k}.date`, p.date);
    const amount = money(`${k}.amount`, p.amount);
    let invoice: number | undefined;
    if (p.invoice.trim()) {
      const n = Number(p.invoice);
      if (!Number.isInteger(n) || n < 1 || n > invoices.length) errors[`${k}.invoice`] = 'unknown-invoice';
      else invoice = n - 1;
    }
    if (day !== null && end !== null && day > end) warnings[`${k}.date`] = 'pay-after-end';
    return { day, amount, invoice };
  });
  const penaltyPerDay = state.kind === 'penalty' ? parsePerDay(state.penalty) : null;
  if (penaltyPerDay && !penaltyPerDay.ok) errors['penalty'] = penaltyPerDay.error;
  const capBp =
    state.kind === 'penalty' && state.cap.trim() ? percent('cap', state.cap, 100_000, 'cap-too-high') : null;
  const claimSent = date('claimSent', state.claimSent, false);
  const earliestDue = Math.min(...invoices.map((i) => i.due ?? Infinity));
  if (claimSent !== null && claimSent < earliestDue) errors['claimSent'] = 'claim-before-due';
  else if (claimSent !== null && claimSent > now) errors['claimSent'] = 'claim-future';
  const seen = new Set<Day>();
  const userRates = state.rates.map((r, i) => {
    const day = date(`rate.${i}.date`, r.date);
    if (day !== null && day <= LAST_RATE) errors[`rate.${i}.date`] = 'rate-inside-table';
    else if (day !== null && seen.has(day)) errors[`rate.${i}.date`] = 'rate-duplicate';
    if (day !== null) seen.add(day);
    const bp = percent(`rate.${i}.percent`, r.percent, 10_000, 'rate-too-high');
    return { day, bp };
  });

  const orderFiled = date('orderFiled', state.orderFiled, false);
  const orderCancelled = date('orderCancelled', state.orderCancelled, false);
  const suitFiled = date('suitFiled', state.suitFiled, false);
  for (const [key, d] of [
    ['orderFiled', orderFiled],
    ['orderCancelled', orderCancelled],
    ['suitFiled', suitFiled],
  ] as const) {
    if (d !== null && earliestDue !== Infinity && d < earliestDue) errors[key] = 'court-before-due';
    else if (d !== null && d > now) errors[key] = 'court-future';
  }
  if (orderCancelled !== null && !errors['orderCancelled']) {
    if (!state.orderFiled.trim()) errors['orderCancelled'] = 'cancel-without-order';
    else if (orderFiled !== null && orderCancelled < orderFiled) errors['orderCancelled'] = 'cancel-before-order';
  }

  if (Object.keys(errors).length > 0 || end === null) return { input: null, errors, warnings };
  const iso = (d: Day | null) => isoFromDay(d ?? EPOCH);
  return {
    input: {
      invoices: invoices.map((i): Invoice => ({ amount: i.amount ?? 0, due: iso(i.due) })),
      to: iso(end),
      payments: payments.map((p): Payment => ({ date: iso(p.day), amount: p.amount ?? 0, invoice: p.invoice })),
      kind: state.kind,
      penaltyPerDay: penaltyPerDay?.ok ? penaltyPerDay.value : 0,
      capBp,
      moratorium: state.moratorium,
      debtor: state.debtor,
      claimSent: claimSent === null ? null : iso(claimSent),
      userRates: userRates.map((r) => ({ from: iso(r.day), bp: r.bp ?? 0 })).sort((a, b) => (a.from < b.from ? -1 : 1)),
      workdays: state.workdays === '1',
      court: {
        orderFiled: orderFiled === null ? null : iso(orderFiled),
        orderCancelled: orderCancelled === null ? null : iso(orderCancelled),
        suitFiled: suitFiled === null ? null : iso(suitFiled),
      },
    },
    errors,
    warnings,
  };
}
