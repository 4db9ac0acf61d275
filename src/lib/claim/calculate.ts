/** The whole claim calculation: payments allocated, each invoice's table, totals, the court route and deadlines. */
import { KEY_RATES, type KeyRateChange } from '../money/key-rate';
import { isoFromDay, requireDay as day, type Day } from '../date/day';
import { earlier } from '../date/arithmetic';
import { termEnd } from '../date/terms';
import { allocatePayments } from './allocate';
import { invoiceRows, MORATORIUM, type DayRate } from './periods';
import { courtRoute } from './route';
import { limitationDeadline, suitDeadline } from './deadlines';
import type { ClaimInput, ClaimResult, ClaimRow } from './result';

const converted = new WeakMap<readonly KeyRateChange[], DayRate[]>();

/** The table's rates followed by the user's (only those after the table's last date), as day numbers. */
function effectiveRates(table: readonly KeyRateChange[], user: ClaimInput['userRates']): DayRate[] {
  let rates = converted.get(table);
  if (!rates) {
    rates = table.map((r) => ({ from: day(r.from), bp: r.bp, source: r.confirmed ? 'confirmed' : 'secondary' }));
    converted.set(table, rates);
  }
  const last = rates.at(-1)?.from ?? -Infinity;
  const mine = user
    .map((r) => ({ from: day(r.from), bp: r.bp, source: 'user' as const }))
    .filter((r) => r.from > last)
    .sort((a, b) => a.from - b.from);
  return [...rates, ...mine];
}

/** Whether the moratorium applies to an invoice: forced on or off, or by its due date (before 01.04.2022). */
function moratoriumApplies(mode: ClaimInput['moratorium'], due: Day): boolean {
  return mode === 'on' || (mode === 'auto' && due < MORATORIUM.from);
}

/** Calculate a claim. `table` is the key-rate table (the site's by default). */
export function calculateClaim(input: ClaimInput, table: readonly KeyRateChange[] = KEY_RATES): ClaimResult {
  const end = day(input.to);
  const shift = input.workdays ?? true;
  // ГК РФ ст. 193: interest runs from the day after the due date moved to a working day (`payBy`).
  const invoices = input.invoices.map((i) => ({
    amount: i.amount,
    due: shift ? termEnd(day(i.due)) : day(i.due),
    stated: day(i.due),
  }));
  const payments = input.payments.map((p) => ({ date: day(p.date), amount: p.amount, invoice: p.invoice }));
  const allocation = allocatePayments(invoices, payments, end);
  const rates = effectiveRates(table, input.userRates);
  const rows: ClaimRow[] = [];
  const perInvoice = invoices.map((inv, i) => {
    const moratorium = moratoriumApplies(input.moratorium, inv.stated);
    const out = invoiceRows({
      invoice: i,
      amount: inv.amount,
      due: inv.due,
      end,
      reductions: allocation.reductions[i] ?? [],
      kind: input.kind,
      rates,
      penaltyPerDay: input.penaltyPerDay,
      capBp: input.capBp,
      moratorium,
    });
    for (const r of out.rows) rows.push(r);
    return {
      amount: inv.amount,
      due: input.invoices[i]!.due,
      payBy: isoFromDay(inv.due),
      debtLeft: out.debtLeft,
      interest: out.interest,
      moratorium,
    };
  });
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const interest = sum(rows.map((r) => r.amount));
  const debtLeft = sum(perInvoice.map((i) => i.debtLeft));
  const counted = allocation.uses.filter((u) => !u.afterEnd);
  const lastTable = table.at(-1)?.from ?? null;
  const rated = rows.filter((r) => r.rateSource !== null);
  const claim = debtLeft + interest;
  const earliestDue = invoices.map((i) => i.due).reduce(earlier);
  return {
    kind: input.kind,
    rows,
    invoices: perInvoice,
    payments: allocation.uses,
    totals: {
      principal: sum(invoices.map((i) => i.amount)),
      paid: sum(counted.map((u) => sum(u.parts.map((p) => p.amount)) + u.over)),
      interest,
      debtLeft,
      claim,
      overpayment: sum(counted.map((u) => u.over)),
    },
    rates: {
      secondaryUsed: rated.some((r) => r.rateSource === 'secondary'),
      userUsed: rated.some((r) => r.rateSource === 'user'),
      beyondTableFrom:
        lastTable !== null && !input.userRates.length && rated.some((r) => r.to > lastTable) ? lastTable : null,
    },
    route: courtRoute(claim, input.debtor),
    deadlines: {
      suit: suitDeadline(input.debtor, input.claimSent === null ? null : day(input.claimSent), shift),
      limitation: limitationDeadline(earliestDue, invoices.length, shift, input.court),
    },
  };
}
