import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annuityPayment, buildSchedule, type InstallmentInput } from '../../../src/lib/calculator/schedule';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
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

  it('annuity: 100 000 ₽, 12 % a year, 12 monthly payments of 8 884,88 ₽, the last 8 884,85 ₽', () => {
    const s = buildSchedule(plan({ n: 12, rateBp: 1200, start: d('2027-01-15') }));
    expect(annuityPayment(10_000_000, 12, 0.01)).toBe(888_488);
    expect(s.rows.slice(0, 11).every((r) => r.payment === 888_488)).toBe(true);
    expect(s.rows[0]).toMatchObject({ interest: 100_000, principal: 788_488, remaining: 9_211_512 });
    expect(s.rows[11]).toMatchObject({ payment: 888_485, principal: 879_688, interest: 8797, remaining: 0 });
    expect(s.overpayment).toBe(661_853);
    expect(s.totalPaid).toBe(10_661_853);
  });

  it('equal principal: 120 000 ₽, 12 % a year, 12 months — interest 1 200, 1 100 … 100 ₽', () => {
    const s = buildSchedule(plan({ amount: 12_000_000, n: 12, rateBp: 1200, method: 'equal-principal' }));
    expect(s.rows.map((r) => r.principal)).toEqual(Array(12).fill(1_000_000));
    expect(s.rows.map((r) => r.interest / 100)).toEqual([1200, 1100, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]);
    expect(s.overpayment).toBe(780_000);
  });

  it('weekly: 1 000 ₽ in 3 payments', () => {
    expect(table(plan({ amount: 100_000, every: 'week', start: d('2026-12-01') }))).toEqual([
      ['01.12.2026', 33_333, 33_333, 0, 66_667],
      ['08.12.2026', 33_333, 33_333, 0, 33_334],
      ['15.12.2026', 33_334, 33_334, 0, 0],
    ]);
  });

  it('a single payment is the whole debt', () => {
    expect(table(plan({ n: 1, rateBp: 2400 }))).toEqual([['31.01.2027', 10_200_000, 10_000_000, 200_000, 0]]);
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
    start: new Date(Date.UTC(2020, 0, 1) + startDay * 86_400_000),
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
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
