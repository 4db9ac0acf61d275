/** The installment schedule: dated payments in integer kopecks that add up exactly. */
import { mulDivRound } from '../money/kopecks';
import { PERIODS_PER_YEAR, periodDate, type Frequency } from './dates';

/** How payments are shaped when interest is charged (the URL's `method`). */
export const METHODS = ['annuity', 'equal-principal'] as const;
/** One of METHODS: equal payments (аннуитет) or equal principal (дифференцированный). */
export type Method = (typeof METHODS)[number];

/** A checked installment plan, ready to compute. */
export interface InstallmentInput {
  /** The whole debt, kopecks. */
  amount: number;
  /** The down payment, kopecks (0 = none); due on the first date. */
  down: number;
  /** Number of regular payments after the down payment, 1–120. */
  n: number;
  /** How often payments fall due. */
  every: Frequency;
  /** The date of the first payment (the down payment when there is one). */
  start: Date;
  /** Annual interest or markup, hundredths of a percent (0 = none). */
  rateBp: number;
  /** Shape of payments when rateBp > 0. */
  method: Method;
}

/** One line of the schedule. */
interface ScheduleRow {
  /** 0 for the down payment, then 1…n. */
  number: number;
  /** Whether this is the down payment. */
  down: boolean;
  /** Due date (UTC day). */
  date: Date;
  /** What is paid, kopecks: principal + interest. */
  payment: number;
  /** The part that reduces the debt, kopecks. */
  principal: number;
  /** Interest or markup since the previous payment (or since the first date), kopecks. */
  interest: number;
  /** Debt left after this payment, kopecks. */
  remaining: number;
}

/** The whole schedule with its totals. */
export interface Schedule {
  rows: ScheduleRow[];
  /** Sum of all payments, kopecks (= amount + overpayment, exactly). */
  totalPaid: number;
  /** Sum of interest, kopecks: what the debtor pays above the debt. */
  overpayment: number;
}

/**
 * The level payment of an annuity, rounded to the kopeck (the last payment takes up the difference).
 * `due` = payments fall at the start of each period (the first one on the day interest starts, so it
 * carries none): the ordinary payment ÷ (1 + i).
 */
export function annuityPayment(loan: number, n: number, ratePerPeriod: number, due = false): number {
  if (ratePerPeriod === 0) return Math.floor(loan / n);
  const ordinary = (loan * ratePerPeriod) / (1 - Math.pow(1 + ratePerPeriod, -n));
  return Math.round(due ? ordinary / (1 + ratePerPeriod) : ordinary);
}

/**
 * Build the dated schedule; every payment's principal adds up to the debt and the rounding goes last.
 * Interest runs from the first date: each payment carries interest on the remaining debt for the time
 * since the previous payment, so a payment on the first date itself (payment 1 when there is no down
 * payment) carries none, and every later one carries exactly one period.
 */
export function buildSchedule(input: InstallmentInput): Schedule {
  const { amount, down, n, every, start, rateBp, method } = input;
  const ppy = PERIODS_PER_YEAR[every];
  const loan = amount - down;
  const rows: ScheduleRow[] = [];
  if (down > 0)
    rows.push({ number: 0, down: true, date: start, payment: down, principal: down, interest: 0, remaining: loan });
  // Without a down payment, payment 1 falls on the first date: no time has passed, so no interest.
  const firstOnDayZero = down === 0;
  const level = rateBp > 0 && method === 'annuity' ? annuityPayment(loan, n, rateBp / 10_000 / ppy, firstOnDayZero) : 0;
  const equalPrincipal = Math.floor(loan / n);
  let remaining = loan;
  for (let i = 1; i <= n; i++) {
    const interest = rateBp > 0 && !(i === 1 && firstOnDayZero) ? mulDivRound(remaining, rateBp, 10_000 * ppy) : 0;
    let principal: number;
    if (i === n) principal = remaining;
    else if (level > 0) principal = Math.min(Math.max(level - interest, 0), remaining);
    else principal = Math.min(equalPrincipal, remaining);
    remaining -= principal;
    rows.push({
      number: i,
      down: false,
      date: periodDate(start, every, firstOnDayZero ? i - 1 : i),
      payment: principal + interest,
      principal,
      interest,
      remaining,
    });
  }
  const totalPaid = rows.reduce((s, r) => s + r.payment, 0);
  const overpayment = rows.reduce((s, r) => s + r.interest, 0);
  return { rows, totalPaid, overpayment };
}
