import { describe, expect, it } from 'vitest';
import { calculateClaim } from '../../../src/lib/claim/calculate';
import type { ClaimInput } from '../../../src/lib/claim/result';

const R = 100; // kopecks per ruble

/** A ст. 395 claim against a company, counted to `to`, with the site's key-rate table. */
function input(over: Partial<ClaimInput>): ClaimInput {
  return {
    invoices: [],
    to: '2025-01-01',
    payments: [],
    kind: '395',
    penaltyPerDay: 0,
    capBp: null,
    moratorium: 'auto',
    debtor: 'company',
    claimSent: null,
    userRates: [],
    // The stated due dates as they are: these tables check the arithmetic; ГК РФ ст. 193 is in workdays.test.ts.
    workdays: false,
    ...over,
  };
}
const brief = (r: ReturnType<typeof calculateClaim>) =>
  r.rows.map((x) => [x.invoice, x.from, x.to, x.days, x.debt, x.rate, x.yearDays, x.amount]);

describe('hand-checked ст. 395 tables', () => {
  it('across a leap-year boundary: 365 days for 2023, 366 for 2024', () => {
    // 100 000 × 6 × 16 % / 365 = 263,0137 → 263,01 ; 100 000 × 10 × 16 % / 366 = 437,1585 → 437,16
    const r = calculateClaim(input({ invoices: [{ amount: 100_000 * R, due: '2023-12-25' }], to: '2024-01-10' }));
    expect(brief(r)).toEqual([
      [0, '2023-12-26', '2023-12-31', 6, 100_000 * R, 16, 365, 26301],
      [0, '2024-01-01', '2024-01-10', 10, 100_000 * R, 16, 366, 43716],
    ]);
    expect(r.rows[0]?.formula).toBe('100\u00a0000,00 × 6 × 16\u00a0% / 365');
    expect(r.totals).toMatchObject({ interest: 70017, debtLeft: 100_000 * R, claim: 10_070_017 });
  });

  it('across several key-rate changes (16 → 18 → 19 → 21 % in 2024)', () => {
    // 50 000 × 8 × 16 % / 366 = 174,8634 → 174,86
    // 50 000 × 49 × 18 % / 366 = 1 204,9180 → 1 204,92   (29.07–15.09: 3 + 31 + 15)
    // 50 000 × 42 × 19 % / 366 = 1 090,1639 → 1 090,16   (16.09–27.10: 15 + 27)
    // 50 000 × 9 × 21 % / 366 = 258,1967 → 258,20        (28.10–05.11: 4 + 5)
    const r = calculateClaim(input({ invoices: [{ amount: 50_000 * R, due: '2024-07-20' }], to: '2024-11-05' }));
    expect(brief(r)).toEqual([
      [0, '2024-07-21', '2024-07-28', 8, 5_000_000, 16, 366, 17486],
      [0, '2024-07-29', '2024-09-15', 49, 5_000_000, 18, 366, 120492],
      [0, '2024-09-16', '2024-10-27', 42, 5_000_000, 19, 366, 109016],
      [0, '2024-10-28', '2024-11-05', 9, 5_000_000, 21, 366, 25820],
    ]);
    expect(r.totals.interest).toBe(272814); // 174,86 + 1 204,92 + 1 090,16 + 258,20 = 2 728,14
  });

  it('a payment on the due date, two payments on one day, one after the end date', () => {
    // From 11.03.2025 the debt is 150 000 (50 000 paid on the due date).
    // 11.03–01.04 (21 + 1 = 22 days): 150 000 × 22 × 21 % / 365 = 1 898,6301 → 1 898,63
    // Two payments on 01.04 (30 000 + 20 000) count that day; from 02.04 the debt is 100 000.
    // 02.04–30.04 (29 days): 100 000 × 29 × 21 % / 365 = 1 668,4932 → 1 668,49
    // The payment of 20.05 is after the end date: left out.
    const r = calculateClaim(
      input({
        invoices: [{ amount: 200_000 * R, due: '2025-03-10' }],
        payments: [
          { date: '2025-03-10', amount: 50_000 * R },
          { date: '2025-04-01', amount: 30_000 * R },
          { date: '2025-04-01', amount: 20_000 * R },
          { date: '2025-05-20', amount: 10_000 * R },
        ],
        to: '2025-04-30',
      }),
    );
    expect(brief(r)).toEqual([
      [0, '2025-03-11', '2025-04-01', 22, 150_000 * R, 21, 365, 189863],
      [0, '2025-04-02', '2025-04-30', 29, 100_000 * R, 21, 365, 166849],
    ]);
    expect(r.totals).toEqual({
      principal: 200_000 * R,
      paid: 100_000 * R,
      interest: 356712,
      debtLeft: 100_000 * R,
      claim: 100_000 * R + 356712,
      overpayment: 0,
    });
    expect(r.payments[3]).toMatchObject({ afterEnd: true, parts: [] });
  });

  it('the 2022 moratorium on a debt due before 01.04.2022: no interest for 01.04–01.10.2022', () => {
    // 16.03–31.03 (16 days): 100 000 × 16 × 20 % / 365 = 876,7123 → 876,71
    // 01.04–01.10: 30 + 31 + 30 + 31 + 31 + 30 + 1 = 184 days, nothing charged
    // 02.10–31.10 (30 days): 100 000 × 30 × 7,5 % / 365 = 616,4384 → 616,44
    const r = calculateClaim(input({ invoices: [{ amount: 100_000 * R, due: '2022-03-15' }], to: '2022-10-31' }));
    expect(brief(r)).toEqual([
      [0, '2022-03-16', '2022-03-31', 16, 10_000_000, 20, 365, 87671],
      [0, '2022-04-01', '2022-10-01', 184, 10_000_000, 0, null, 0],
      [0, '2022-10-02', '2022-10-31', 30, 10_000_000, 7.5, 365, 61644],
    ]);
    expect(r.rows[1]?.moratorium).toBe(true);
    expect(r.totals.interest).toBe(149315);
    expect(r.invoices[0]?.moratorium).toBe(true);
  });

  it('the moratorium switched off counts the rate change of 11.04.2022', () => {
    // 16.03–10.04 (16 + 10 = 26 days): 100 000 × 26 × 20 % / 365 = 1 424,6575 → 1 424,66
    // 11.04–12.04 (2 days): 100 000 × 2 × 17 % / 365 = 93,1507 → 93,15
    const r = calculateClaim(
      input({ invoices: [{ amount: 100_000 * R, due: '2022-03-15' }], to: '2022-04-12', moratorium: 'off' }),
    );
    expect(r.rows.map((x) => [x.days, x.amount])).toEqual([
      [26, 142466],
      [2, 9315],
    ]);
  });

  it('a debt due after 01.04.2022 is not covered by the moratorium (auto)', () => {
    // 16.04–03.05 (15 + 3 = 18 days): 100 000 × 18 × 17 % / 365 = 838,3562 → 838,36
    // 04.05–10.05 (7 days): 100 000 × 7 × 14 % / 365 = 268,4932 → 268,49
    const r = calculateClaim(input({ invoices: [{ amount: 100_000 * R, due: '2022-04-15' }], to: '2022-05-10' }));
    expect(r.rows.map((x) => [x.from, x.days, x.amount, x.moratorium])).toEqual([
      ['2022-04-16', 18, 83836, false],
      ['2022-05-04', 7, 26849, false],
    ]);
    expect(r.totals.interest).toBe(110685);
  });
});

describe('several invoices and payments (ГК РФ ст. 319.1 п. 3)', () => {
  const invoices = [
    { amount: 100_000 * R, due: '2025-01-10' },
    { amount: 50_000 * R, due: '2025-02-10' },
  ];

  it('an unnamed payment goes to the invoice due earliest, the rest to the next', () => {
    // Invoice 1: 11.01–01.03 (21 + 28 + 1 = 50 days): 100 000 × 50 × 21 % / 365 = 2 876,7123 → 2 876,71; then paid off.
    // Invoice 2: 11.02–01.03 (18 + 1 = 19 days): 50 000 × 19 × 21 % / 365 = 546,5753 → 546,58
    //            02.03–31.03 (30 days) on 30 000: 30 000 × 30 × 21 % / 365 = 517,8082 → 517,81
    const r = calculateClaim(
      input({ invoices, payments: [{ date: '2025-03-01', amount: 120_000 * R }], to: '2025-03-31' }),
    );
    expect(brief(r)).toEqual([
      [0, '2025-01-11', '2025-03-01', 50, 10_000_000, 21, 365, 287671],
      [1, '2025-02-11', '2025-03-01', 19, 5_000_000, 21, 365, 54658],
      [1, '2025-03-02', '2025-03-31', 30, 3_000_000, 21, 365, 51781],
    ]);
    expect(r.payments[0]?.parts).toEqual([
      { invoice: 0, amount: 100_000 * R },
      { invoice: 1, amount: 20_000 * R },
    ]);
    expect(r.totals).toMatchObject({ interest: 394110, debtLeft: 30_000 * R, claim: 3_394_110 });
  });

  it('a payment that names an invoice goes to it first', () => {
    const r = calculateClaim(
      input({ invoices, payments: [{ date: '2025-03-01', amount: 120_000 * R, invoice: 1 }], to: '2025-03-31' }),
    );
    expect(r.payments[0]?.parts).toEqual([
      { invoice: 1, amount: 50_000 * R },
      { invoice: 0, amount: 70_000 * R },
    ]);
    expect(r.invoices.map((i) => i.debtLeft)).toEqual([30_000 * R, 0]);
    // Invoice 1 then runs on 30 000 from 02.03: 517,81 as above.
    expect(r.rows.filter((x) => x.invoice === 0).map((x) => x.amount)).toEqual([287671, 51781]);
  });

  it('reports an overpayment and never lets the debt go below zero', () => {
    // 11.01–20.01 (10 days): 10 000 × 10 × 21 % / 365 = 57,5342 → 57,53; then 15 000 paid on 10 000.
    const r = calculateClaim(
      input({
        invoices: [{ amount: 10_000 * R, due: '2025-01-10' }],
        payments: [{ date: '2025-01-20', amount: 15_000 * R }],
        to: '2025-01-31',
      }),
    );
    expect(r.rows.map((x) => [x.days, x.amount])).toEqual([[10, 5753]]);
    expect(r.totals).toMatchObject({ debtLeft: 0, overpayment: 5_000 * R, claim: 5753, paid: 15_000 * R });
  });
});

describe('the contractual penalty', () => {
  const base = { invoices: [{ amount: 100_000 * R, due: '2025-01-31' }], to: '2025-03-31', kind: 'penalty' as const };

  it('charges % per day, one period per debt, no split at rate changes', () => {
    // 01.02–10.02: 100 000 × 10 × 0,1 % = 1 000,00 ; 11.02–31.03 (18 + 31 = 49 days): 60 000 × 49 × 0,1 % = 2 940,00
    const r = calculateClaim(
      input({ ...base, penaltyPerDay: 1000, payments: [{ date: '2025-02-10', amount: 40_000 * R }] }),
    );
    expect(r.rows.map((x) => [x.from, x.to, x.days, x.rate, x.yearDays, x.amount, x.formula])).toEqual([
      ['2025-02-01', '2025-02-10', 10, 0.1, null, 100_000, '100\u00a0000,00 × 10 × 0,1\u00a0%'],
      ['2025-02-11', '2025-03-31', 49, 0.1, null, 294_000, '60\u00a0000,00 × 49 × 0,1\u00a0%'],
    ]);
  });

  it('stops at the cap, a % of the invoice amount', () => {
    // 59 days × 0,1 % = 5 900,00, capped at 5 % of 100 000 = 5 000,00
    const r = calculateClaim(input({ ...base, penaltyPerDay: 1000, capBp: 500 }));
    expect(r.rows.map((x) => [x.days, x.amount, x.capped])).toEqual([[59, 500_000, true]]);
  });

  it('rounds each period half up to the kopeck', () => {
    // 1,00 ₽ × 1 day × 0,5 % = 0,5 kopeck → 1 kopeck; 0,99 ₽ × 1 × 0,5 % = 0,495 → 0
    const one = (amount: number) =>
      calculateClaim(
        input({ invoices: [{ amount, due: '2025-01-01' }], to: '2025-01-02', kind: 'penalty', penaltyPerDay: 5000 }),
      ).totals.interest;
    expect(one(100)).toBe(1);
    expect(one(99)).toBe(0);
  });
});

describe('key rates', () => {
  it('uses a rate the user added after the table, and says which rates were secondary', () => {
    // 21.07–26.07.2026 (6 days) at 14,25 % (secondary): 100 000 × 6 × 14,25 % / 365 = 234,2466 → 234,25
    // 27.07–31.07 (5 days) at 14 % (secondary): 100 000 × 5 × 14 % / 365 = 191,7808 → 191,78
    // 01.08–05.08 (5 days) at the user's 13 %: 100 000 × 5 × 13 % / 365 = 178,0822 → 178,08
    const r = calculateClaim(
      input({
        invoices: [{ amount: 100_000 * R, due: '2026-07-20' }],
        to: '2026-08-05',
        userRates: [{ from: '2026-08-01', bp: 1300 }],
      }),
    );
    expect(r.rows.map((x) => [x.days, x.rate, x.rateSource, x.amount])).toEqual([
      [6, 14.25, 'secondary', 23425],
      [5, 14, 'secondary', 19178],
      [5, 13, 'user', 17808],
    ]);
    expect(r.rates).toEqual({ secondaryUsed: true, userUsed: true, beyondTableFrom: null });
  });

  it('says when days past the table use its last rate', () => {
    const r = calculateClaim(input({ invoices: [{ amount: 100_000 * R, due: '2026-09-01' }], to: '2026-11-30' }));
    expect(r.rates).toEqual({ secondaryUsed: true, userUsed: false, beyondTableFrom: '2026-07-27' });
  });

  it('a calculation on confirmed rates has no flag', () => {
    const r = calculateClaim(input({ invoices: [{ amount: 100_000 * R, due: '2025-01-10' }], to: '2025-02-10' }));
    expect(r.rates).toEqual({ secondaryUsed: false, userUsed: false, beyondTableFrom: null });
  });

  it('refuses days before the table', () => {
    expect(() => calculateClaim(input({ invoices: [{ amount: 100, due: '2021-11-01' }], to: '2021-12-31' }))).toThrow(
      /no key rate/,
    );
  });
});

describe('route and deadlines in the result', () => {
  it('choose the court by the whole claim amount, debt plus interest', () => {
    // 745 000 debt + interest over 5 000 crosses the 750 000 court-order limit.
    const r = calculateClaim(
      input({ invoices: [{ amount: 745_000 * R, due: '2025-01-10' }], to: '2025-03-31', claimSent: '2025-03-01' }),
    );
    expect(r.totals.claim).toBeGreaterThan(750_000 * R);
    expect(r.route).toMatchObject({ court: 'arbitration', procedure: 'simplified', claimAmount: r.totals.claim });
    expect(r.deadlines.suit.date).toBe('2025-04-01');
    expect(r.deadlines.limitation.date).toBe('2028-01-10');
  });
});
