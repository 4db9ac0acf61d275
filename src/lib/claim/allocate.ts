/**
 * Applying partial payments to invoices. A payment that names an invoice goes to it; one that does not —
 * or what is left of a named one — goes to the invoice that fell due earliest (ГК РФ ст. 319.1 п. 3).
 * Interest under ст. 395 and penalties are not among what ст. 319 pays first, so payments reduce the debt.
 */
import type { Day } from '../date/day';
import type { PaymentUse } from './result';

/** An invoice as the allocation sees it. */
export interface DueDebt {
  amount: number;
  due: Day;
}

/** A payment as the allocation sees it. */
export interface DatedPayment {
  date: Day;
  amount: number;
  invoice?: number | undefined;
}

/** What allocating gives: per payment how it was used; per invoice the reductions by day. */
export interface Allocation {
  uses: PaymentUse[];
  /** For each invoice, its reductions in date order: on `day` the debt falls by `amount` (from the next day). */
  reductions: { day: Day; amount: number }[][];
}

/** Allocate payments made up to and including `end`; later ones are marked afterEnd and not used. */
export function allocatePayments(
  invoices: readonly DueDebt[],
  payments: readonly DatedPayment[],
  end: Day,
): Allocation {
  const left = invoices.map((i) => i.amount);
  const byDue = invoices.map((_, i) => i).sort((a, b) => invoices[a]!.due - invoices[b]!.due || a - b);
  const reductions: Allocation['reductions'] = invoices.map(() => []);
  const uses: PaymentUse[] = payments.map((_, i) => ({ payment: i, parts: [], over: 0, afterEnd: false }));
  const order = payments.map((_, i) => i).sort((a, b) => payments[a]!.date - payments[b]!.date || a - b);
  for (const p of order) {
    const pay = payments[p]!;
    const use = uses[p]!;
    if (pay.date > end) {
      use.afterEnd = true;
      continue;
    }
    let rest = pay.amount;
    const take = (i: number) => {
      const amount = Math.min(rest, left[i]!);
      if (amount <= 0) return;
      left[i]! -= amount;
      rest -= amount;
      use.parts.push({ invoice: i, amount });
      reductions[i]!.push({ day: pay.date, amount });
    };
    if (pay.invoice !== undefined && pay.invoice >= 0 && pay.invoice < invoices.length) take(pay.invoice);
    for (const i of byDue) if (rest > 0) take(i);
    use.over = rest;
  }
  return { uses, reductions };
}
