/** Property tests: what must hold for any debts, payments and dates (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateClaim } from '../../../src/lib/claim/calculate';
import { isoFromDay, requireDay as D, yearOf } from '../../../src/lib/date/day';
import { addDays, daysBetween, earlier } from '../../../src/lib/date/arithmetic';
import { daysInYear } from '../../../src/lib/date/terms';
import { KEY_RATES } from '../../../src/lib/money/key-rate';
import type { ClaimInput } from '../../../src/lib/claim/result';

const FIRST = D('2021-12-19');
const LAST = D('2027-12-31');
const MOR_FROM = D('2022-04-01');
const MOR_TO = D('2022-10-01');

const inputArb: fc.Arbitrary<ClaimInput> = fc
  .record({
    invoices: fc.array(
      fc.record({
        amount: fc.integer({ min: 1, max: 1_000_000_000 }),
        due: fc.integer({ min: 0, max: daysBetween(FIRST, D('2026-06-01')) }).map((n) => addDays(FIRST, n)),
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    span: fc.integer({ min: 0, max: 1600 }),
    payments: fc.array(
      fc.record({
        offset: fc.integer({ min: -60, max: 1700 }),
        amount: fc.integer({ min: 1, max: 600_000_000 }),
        invoice: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    kind: fc.constantFrom('395' as const, 'penalty' as const),
    penaltyPerDay: fc.integer({ min: 1, max: 10_000 }),
    capBp: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: null }),
    moratorium: fc.constantFrom('auto' as const, 'on' as const, 'off' as const),
    userRate: fc.option(fc.integer({ min: 100, max: 3_000 }), { nil: null }),
  })
  .map((x) => {
    const firstDue = x.invoices.map((i) => i.due).reduce(earlier);
    const lastDue = x.invoices.map((i) => i.due).reduce((a, b) => (b > a ? b : a));
    const to = earlier(addDays(lastDue, x.span), LAST);
    return {
      invoices: x.invoices.map((i) => ({ amount: i.amount, due: isoFromDay(i.due) })),
      to: isoFromDay(to),
      payments: x.payments.map((p) => ({
        date: isoFromDay(addDays(firstDue, p.offset)),
        amount: p.amount,
        invoice: p.invoice !== undefined && p.invoice < x.invoices.length ? p.invoice : undefined,
      })),
      kind: x.kind,
      penaltyPerDay: x.penaltyPerDay,
      capBp: x.capBp,
      moratorium: x.moratorium,
      debtor: 'company' as const,
      claimSent: null,
      userRates: x.userRate === null ? [] : [{ from: '2026-10-01', bp: x.userRate }],
    };
  });

describe('claim calculation properties', () => {
  it('covers every day from the day after the due date to the end (or full payment) exactly once', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = calculateClaim(input);
        const end = D(input.to);
        r.invoices.forEach((inv, i) => {
          const rows = r.rows.filter((x) => x.invoice === i);
          let next = addDays(D(inv.payBy), 1);
          for (const row of rows) {
            expect(D(row.from)).toBe(next);
            expect(D(row.to) - D(row.from) + 1).toBe(row.days);
            expect(row.days).toBeGreaterThan(0);
            // Moratorium rows lie inside the moratorium; other rows never touch it when it applies.
            if (row.moratorium) expect(D(row.from) >= MOR_FROM && D(row.to) <= MOR_TO).toBe(true);
            else if (inv.moratorium) expect(D(row.to) < MOR_FROM || D(row.from) > MOR_TO).toBe(true);
            next = addDays(D(row.to), 1);
          }
          if (inv.debtLeft > 0 && D(inv.payBy) < end) expect(addDays(next, -1)).toBe(end);
          if (rows.length) expect(addDays(next, -1)).toBeLessThanOrEqual(end);
        });
      }),
    );
  });

  it('never lets a debt go negative; whatever is paid beyond the debt is the overpayment', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = calculateClaim(input);
        for (const row of r.rows) expect(row.debt).toBeGreaterThan(0);
        for (const inv of r.invoices) expect(inv.debtLeft).toBeGreaterThanOrEqual(0);
        const t = r.totals;
        expect(t.paid).toBe(t.principal - t.debtLeft + t.overpayment);
        const counted = input.payments.filter((p) => p.date <= input.to).reduce((s, p) => s + p.amount, 0);
        expect(t.paid).toBe(counted);
        if (t.overpayment > 0) expect(t.debtLeft).toBe(0);
      }),
    );
  });

  it('the total is the sum of the rows, and the claim is the debt left plus it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = calculateClaim(input);
        expect(r.totals.interest).toBe(r.rows.reduce((s, x) => s + x.amount, 0));
        expect(r.totals.claim).toBe(r.totals.debtLeft + r.totals.interest);
        expect(r.route.claimAmount).toBe(r.totals.claim);
      }),
    );
  });

  it('several invoices give the same total as each invoice alone with the payments allocated to it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = calculateClaim(input);
        const alone = input.invoices.map((inv, i) => {
          const payments = r.payments.flatMap((u) =>
            u.parts
              .filter((p) => p.invoice === i)
              .map((p) => ({ date: input.payments[u.payment]!.date, amount: p.amount })),
          );
          return calculateClaim({ ...input, invoices: [inv], payments });
        });
        expect(alone.reduce((s, a) => s + a.totals.interest, 0)).toBe(r.totals.interest);
        expect(alone.reduce((s, a) => s + a.totals.debtLeft, 0)).toBe(r.totals.debtLeft);
      }),
    );
  });

  it('ст. 395 rows agree with a day-by-day count to within half a kopeck per row', () => {
    const rateOn = (day: number, user: ClaimInput['userRates']) => {
      let bp = 0;
      for (const k of KEY_RATES) if (D(k.from) <= day) bp = k.bp;
      for (const u of user) if (D(u.from) <= day && D(u.from) > D(KEY_RATES.at(-1)!.from)) bp = u.bp;
      return bp;
    };
    fc.assert(
      fc.property(
        inputArb.map((i) => ({
          ...i,
          kind: '395' as const,
          invoices: i.invoices.slice(0, 1),
          payments: i.payments.map((p) => ({ ...p, invoice: undefined })),
        })),
        (input) => {
          const r = calculateClaim(input);
          const inv = input.invoices[0]!;
          const due = D(r.invoices[0]!.payBy);
          const end = D(input.to);
          const mor = r.invoices[0]!.moratorium;
          // Day-by-day, in units of 1 / (10 000 × 365 × 366) kopeck.
          const den = 10_000n * 365n * 366n;
          const paid = [...input.payments].filter((p) => D(p.date) <= end).sort((a, b) => (a.date < b.date ? -1 : 1));
          let exact = 0n;
          for (let day = addDays(due, 1); day <= end; day = addDays(day, 1)) {
            let debt = inv.amount;
            for (const p of paid) if (D(p.date) < day) debt = Math.max(0, debt - p.amount);
            if (mor && day >= MOR_FROM && day <= MOR_TO) continue;
            const yd = daysInYear(yearOf(day));
            exact += BigInt(debt) * BigInt(rateOn(day, input.userRates)) * BigInt(731 - yd);
          }
          const total = BigInt(r.totals.interest) * den;
          const slack = (BigInt(r.rows.length) * den) / 2n;
          expect(total - exact <= slack && exact - total <= slack).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('exact rounding', () => {
  it('the fast integer path agrees with BigInt arithmetic for any debt, days and rate', async () => {
    const { interest395, penalty, divRoundHalfUp } = await import('../../../src/lib/claim/arithmetic');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000_00 }),
        fc.integer({ min: 1, max: 3660 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(365, 366),
        (debt, days, rate, yd) => {
          const n = BigInt(debt) * BigInt(days) * BigInt(rate);
          expect(interest395(debt, days, rate, yd)).toBe(divRoundHalfUp(n, 10_000n * BigInt(yd)));
          expect(penalty(debt, days, rate)).toBe(divRoundHalfUp(n, 1_000_000n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
