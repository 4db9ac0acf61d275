/**
 * The calculation table of one invoice: periods from the day after the due date through the end date,
 * split where the debt changes (the day after a payment), where the key rate changes and where a year ends
 * (ст. 395 only), and at the bounds of the 2022 moratorium. Each period is rounded half up to the kopeck.
 */
import { isoFromDay, yearOf, type Day } from '../date/day';
import { addDays, daysBetween, earlier } from '../date/arithmetic';
import { daysInYear, nextNewYear } from '../date/terms';
import { interest395, penalty, shareOf } from './arithmetic';
import { formula395, formulaPenalty } from './format';
import { MORATORIUM } from './moratorium';
import { MORATORIUM_FORMULA } from './result-messages';
import type { ChargeKind, ClaimRow, RateSource } from './result';

/** A key rate from a day on, as day numbers. */
export interface DayRate {
  from: Day;
  bp: number;
  source: RateSource;
}

/** What one invoice's table needs. */
export interface InvoiceRun {
  invoice: number;
  amount: number;
  due: Day;
  end: Day;
  /** The invoice's reductions by day, in date order (from allocatePayments). */
  reductions: readonly { day: Day; amount: number }[];
  kind: ChargeKind;
  /** Key rates, oldest first (ст. 395). */
  rates: readonly DayRate[];
  penaltyPerDay: number;
  capBp: number | null;
  /** Whether the moratorium days are left out for this invoice. */
  moratorium: boolean;
}

/** Thrown when a day needs a key rate the table does not have (input-check.ts prevents it). */
class NoRateError extends Error {
  constructor(readonly day: Day) {
    super(`no key rate for day ${day}`);
  }
}

/** The rows of one invoice and its debt left at the end date. */
export function invoiceRows(run: InvoiceRun): { rows: ClaimRow[]; debtLeft: number; interest: number } {
  const start = addDays(run.due, 1);
  // Debt left after everything paid up to the start: payments on or before the due date.
  let debt = run.amount;
  let r = 0;
  const reds = run.reductions;
  while (r < reds.length && reds[r]!.day < start) debt -= reds[r++]!.amount;
  const rows: ClaimRow[] = [];
  if (start > run.end) {
    while (r < reds.length && reds[r]!.day <= run.end) debt -= reds[r++]!.amount;
    return { rows, debtLeft: debt, interest: 0 };
  }
  const is395 = run.kind === '395';
  const cap = !is395 && run.capBp !== null ? shareOf(run.amount, run.capBp) : Infinity;
  let charged = 0;
  let rate = 0; // index into run.rates of the rate in force on `day`
  const rates = run.rates;
  let day = start;
  while (day <= run.end && debt > 0) {
    const inMoratorium = run.moratorium && day >= MORATORIUM.from && day <= MORATORIUM.to;
    // The last day of this period: the earliest of every split point.
    let last = run.end;
    if (r < reds.length && reds[r]!.day < last) last = reds[r]!.day;
    if (inMoratorium) last = earlier(last, MORATORIUM.to);
    else {
      if (run.moratorium && day < MORATORIUM.from) last = earlier(last, addDays(MORATORIUM.from, -1));
      if (is395) {
        while (rate + 1 < rates.length && rates[rate + 1]!.from <= day) rate++;
        if (rates.length === 0 || rates[rate]!.from > day) throw new NoRateError(day);
        const next = rates[rate + 1];
        if (next) last = earlier(last, addDays(next.from, -1));
        last = earlier(last, addDays(nextNewYear(day), -1));
      }
    }
    const days = daysBetween(day, last) + 1;
    const added = row(run, day, last, days, debt, inMoratorium, is395 ? rates[rate]! : null);
    if (charged + added.amount > cap) {
      added.amount = Math.max(0, cap - charged);
      added.capped = true;
    }
    charged += added.amount;
    rows.push(added);
    while (r < reds.length && reds[r]!.day === last) debt -= reds[r++]!.amount;
    day = addDays(last, 1);
  }
  return { rows, debtLeft: debt, interest: charged };
}

const isoOf = isoFromDay;

function row(
  run: InvoiceRun,
  from: Day,
  to: Day,
  days: number,
  debt: number,
  moratorium: boolean,
  rate: DayRate | null,
): ClaimRow {
  const is395 = rate !== null && !moratorium;
  const yearDays = is395 ? daysInYear(yearOf(from)) : null;
  return {
    invoice: run.invoice,
    from: isoOf(from),
    to: isoOf(to),
    days,
    debt,
    rate: moratorium ? 0 : rate ? rate.bp / 100 : run.penaltyPerDay / 10_000,
    yearDays,
    rateSource: is395 ? rate.source : null,
    moratorium,
    capped: false,
    formula: moratorium
      ? MORATORIUM_FORMULA
      : is395
        ? formula395(debt, days, rate.bp, yearDays!)
        : formulaPenalty(debt, days, run.penaltyPerDay),
    amount: moratorium
      ? 0
      : is395
        ? interest395(debt, days, rate.bp, yearDays!)
        : penalty(debt, days, run.penaltyPerDay),
  };
}
