import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annuityPayment, buildSchedule, type InstallmentInput } from '../../../src/lib/calculator/schedule';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
import { fromCivil, utcDate } from '../../../src/lib/date/day';
import { addDays } from '../../../src/lib/date/arithmetic';
import { formatDateNumeric, parseIsoDate } from '../../../src/lib/format/date';

const d = (iso: string): Date => parseIsoDate(iso) ?? new Date(NaN);
const plan = (over: Partial<InstallmentInput>): InstallmentInput => ({
  amount: 10_000_000,
  down: 0,
  n: 3,
  every: 'month',
  start: d('2027-01-31'),
  rateBp: 0,
  method: 'annuity',
  ...over,
});
/** [date, payment, principal, interest, remaining] per row. */
const table = (input: InstallmentInput) =>
  buildSchedule(input).rows.map((r) => [formatDateNumeric(r.date), r.payment, r.principal, r.interest, r.remaining]);

describe('hand-checked schedules', () => {
  it('100 000 ₽ in 3 monthly payments from 31 January: the kopeck goes last, February ends on the 28th', () => {
    expect(table(plan({}))).toEqual([
      ['31.01.2027', 3_333_333, 3_333_333, 0, 6_666_667],
      ['28.02.2027', 3_333_333, 3_333_333, 0, 3_333_334],
      ['31.03.2027', 3_333_334, 3_333_334, 0, 0],
    ]);
  });

  it('120 000 ₽ with 30 000 ₽ down on 05.12.2026 and three monthly payments (the guide’s example)', () => {
    expect(table(plan({ amount: 12_000_000, down: 3_000_000, start: d('2026-12-05') }))).toEqual([
      ['05.12.2026', 3_000_000, 3_000_000, 0, 9_000_000],
      ['05.01.2027', 3_000_000, 3_000_000, 0, 6_000_000],
      ['05.02.2027', 3_000_000, 3_000_000, 0, 3_000_000],
      ['05.03.2027', 3_000_000, 3_000_000, 0, 0],
    ]);
  });

  // Interest runs from the first date. Without a down payment, payment 1 is due that day and carries no
  // interest; each later payment carries one period's interest on the debt left after the previous one.
  // Level payment (payments at the start of each period): 100 000 × 0,01 ÷ (1 − 1,01^−12) = 8 884,88 ₽
  // (textbook), ÷ 1,01 = 8 796,91 ₽. Row 2 interest: 91 203,09 × 1 % = 912,03 ₽.
  it('annuity: 100 000 ₽, 12 % a year, 12 monthly payments from the first date — 8 796,91 ₽, no interest on payment 1', () => {
    const s = buildSchedule(plan({ n: 12, rateBp: 1200, start: d('2027-01-15') }));
    expect(annuityPayment(10_000_000, 12, 0.01)).toBe(888_488);
    expect(annuityPayment(10_000_000, 12, 0.01, true)).toBe(879_691);
    expect(s.rows.slice(0, 11).every((r) => r.payment === 879_691)).toBe(true);
    expect(s.rows[0]).toMatchObject({ interest: 0, principal: 879_691, remaining: 9_120_309 });
    expect(s.rows[1]).toMatchObject({ interest: 91_203, principal: 788_488, remaining: 8_331_821 });
    expect(s.rows[11]).toMatchObject({ payment: 879_689, principal: 870_979, interest: 8710, remaining: 0 });
    expect(s.overpayment).toBe(556_290);
    expect(s.totalPaid).toBe(10_556_290);
  });

  it('annuity after a down payment: 110 000 ₽, 10 000 ₽ down, 12 % — the textbook 8 884,88 ₽, a month of interest in payment 1', () => {
    const s = buildSchedule(plan({ amount: 11_000_000, down: 1_000_000, n: 12, rateBp: 1200, start: d('2027-01-15') }));
    expect(s.rows[0]).toMatchObject({ down: true, payment: 1_000_000, interest: 0, remaining: 10_000_000 });
    expect(s.rows.slice(1, 12).every((r) => r.payment === 888_488)).toBe(true);
    expect(s.rows[1]).toMatchObject({ interest: 100_000, principal: 788_488, remaining: 9_211_512 });
    expect(formatDateNumeric(s.rows[1]?.date ?? new Date(NaN))).toBe('15.02.2027');
    expect(s.rows[12]).toMatchObject({ payment: 888_485, principal: 879_688, interest: 8797, remaining: 0 });
    expect(s.overpayment).toBe(661_853);
  });

  it('QA case: 100 000 ₽ at 18 % in 12 monthly payments, the first one today — payment 1 carries no interest', () => {
    const s = buildSchedule(plan({ n: 12, rateBp: 1800, start: d('2026-11-27') }));
    expect(s.rows[0]).toMatchObject({ interest: 0 });
    expect(formatDateNumeric(s.rows[0]?.date ?? new Date(NaN))).toBe('27.11.2026');
    // 1,5 % a month on what is left after payment 1.
    expect(s.rows[1]?.interest).toBe(Math.round(((s.rows[0]?.remaining ?? 0) * 15) / 1000));
  });

  it('equal principal: 120 000 ₽, 12 % a year, 12 months — interest 0, then 1 100, 1 000 … 100 ₽', () => {
    const s = buildSchedule(plan({ amount: 12_000_000, n: 12, rateBp: 1200, method: 'equal-principal' }));
    expect(s.rows.map((r) => r.principal)).toEqual(Array(12).fill(1_000_000));
    expect(s.rows.map((r) => r.interest / 100)).toEqual([0, 1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]);
    expect(s.overpayment).toBe(660_000);
  });

  it('weekly: 1 000 ₽ in 3 payments', () => {
    expect(table(plan({ amount: 100_000, every: 'week', start: d('2026-12-01') }))).toEqual([
      ['01.12.2026', 33_333, 33_333, 0, 66_667],
      ['08.12.2026', 33_333, 33_333, 0, 33_334],
      ['15.12.2026', 33_334, 33_334, 0, 0],
    ]);
  });

  it('a single payment on the first date is the whole debt, with no interest', () => {
    expect(table(plan({ n: 1, rateBp: 2400 }))).toEqual([['31.01.2027', 10_000_000, 10_000_000, 0, 0]]);
    // After a down payment it comes a month later and carries that month: 90 000 × 2 % = 1 800 ₽.
    expect(table(plan({ n: 1, rateBp: 2400, down: 1_000_000 }))).toEqual([
      ['31.01.2027', 1_000_000, 1_000_000, 0, 9_000_000],
      ['28.02.2027', 9_180_000, 9_000_000, 180_000, 0],
    ]);
  });
});

const plans = fc
  .record({
    amount: fc.integer({ min: 100, max: 10_000_000_000 }),
    downShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.99, noNaN: true })),
    n: fc.integer({ min: 1, max: 120 }),
    every: fc.constantFrom(...FREQUENCIES),
    startDay: fc.integer({ min: 0, max: 20_000 }),
    rateBp: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 })),
    method: fc.constantFrom('annuity' as const, 'equal-principal' as const),
  })
  .map(({ amount, downShare, startDay, ...rest }) => ({
    ...rest,
    amount,
    down: Math.floor(amount * downShare),
    start: utcDate(addDays(fromCivil(2020, 1, 1), startDay)),
  }))
  .filter((p) => (p.amount - p.down) / p.n >= 100);

describe('schedule properties (thousands of plans)', () => {
  it('sums exactly, dates increase, nothing is negative, the debt ends at zero', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const s = buildSchedule(p);
        const rows = s.rows;
        expect(rows.filter((r) => !r.down)).toHaveLength(p.n);
        expect(rows.reduce((a, r) => a + r.principal, 0)).toBe(p.amount);
        expect(rows.reduce((a, r) => a + r.payment, 0)).toBe(s.totalPaid);
        expect(s.totalPaid).toBe(p.amount + s.overpayment);
        expect(rows.at(-1)?.remaining).toBe(0);
        const bad = rows.filter((r, i) => {
          const prev = rows[i - 1];
          return (
            !Number.isSafeInteger(r.payment) ||
            !Number.isSafeInteger(r.interest) ||
            Math.min(r.payment, r.principal, r.interest, r.remaining) < 0 ||
            r.payment !== r.principal + r.interest ||
            (prev !== undefined && (r.date <= prev.date || r.remaining !== prev.remaining - r.principal))
          );
        });
        expect(bad).toEqual([]);
        if (p.rateBp === 0) expect(s.overpayment).toBe(0);
        // Interest is for the time since the previous payment: none on the first date, one period after.
        expect(rows[0]?.interest).toBe(0);
        const ppy = { week: 52, '2weeks': 26, month: 12, quarter: 4 }[p.every];
        const periodInterest = (debt: number) =>
          Number((BigInt(debt) * BigInt(p.rateBp) * 2n + BigInt(10_000 * ppy)) / BigInt(2 * 10_000 * ppy));
        const wrongInterest = rows.slice(1).filter((r, i) => r.interest !== periodInterest(rows[i]?.remaining ?? 0));
        expect(wrongInterest).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
