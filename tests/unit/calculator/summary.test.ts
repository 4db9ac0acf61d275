import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSchedule, type InstallmentInput } from '../../../src/lib/calculator/schedule';
import { scheduleSummary } from '../../../src/lib/calculator/summary';
import { formatDateNumeric } from '../../../src/lib/format/date';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
import { fromCivil, utcDate } from '../../../src/lib/date/day';
import { addDays } from '../../../src/lib/date/arithmetic';

const NB = '\u00a0';
const plan: InstallmentInput = {
  amount: 123_456_789,
  down: 12_345_679,
  n: 3,
  every: 'month',
  start: new Date(Date.UTC(2027, 0, 31)),
  rateBp: 0,
  method: 'annuity',
};
const say = (p: InstallmentInput) => scheduleSummary(p, buildSchedule(p));

describe('the summary sentence', () => {
  it('QA case: with a down payment on 31.01.2027 the three payments run from 28.02 to 30.04', () => {
    const text = say(plan);
    expect(text).toContain('31.01.2027');
    expect(text).toContain(`3${NB}платежа ежемесячно с 28.02.2027 по 30.04.2027`);
    expect(text).not.toContain('с 31.01.2027');
  });

  it('without a down payment the payments start on the first date', () => {
    expect(say({ ...plan, down: 0 })).toContain(`3${NB}платежа ежемесячно с 31.01.2027 по 31.03.2027`);
    expect(say({ ...plan, down: 0, n: 1 })).toMatch(/^1\u00a0платёж 31\.01\.2027: всего/);
  });

  it('always names the first and last regular payment dates, never the down payment as their start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.constantFrom(...FREQUENCIES),
        fc.boolean(),
        fc.integer({ min: 0, max: 5000 }),
        (n, every, withDown, day) => {
          const p = {
            ...plan,
            n,
            every,
            down: withDown ? 1_000_000 : 0,
            start: utcDate(addDays(fromCivil(2026, 1, 1), day)),
          };
          const rows = buildSchedule(p).rows.filter((r) => !r.down);
          const text = scheduleSummary(p, buildSchedule(p));
          expect(text).toContain(
            `с ${formatDateNumeric(rows[0]?.date ?? new Date(NaN))} по ${formatDateNumeric(rows.at(-1)?.date ?? new Date(NaN))}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
