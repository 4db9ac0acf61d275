import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodDate, FREQUENCIES } from '../../../src/lib/calculator/dates';
import { formatDateNumeric, parseIsoDate } from '../../../src/lib/format/date';
import { civil, dayOfUtcDate, localToday, utcDate } from '../../../src/lib/date/day';
import { daysBetween, daysInMonth } from '../../../src/lib/date/arithmetic';

const d = (iso: string): Date => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(iso);
  return date;
};
const show = (date: Date) => formatDateNumeric(date);

describe('monthly dates keep their day or fall on the last day of the month', () => {
  it.each([
    ['2027-01-31', ['31.01.2027', '28.02.2027', '31.03.2027', '30.04.2027']],
    ['2028-01-31', ['31.01.2028', '29.02.2028', '31.03.2028', '30.04.2028']],
    ['2026-11-30', ['30.11.2026', '30.12.2026', '30.01.2027', '28.02.2027']],
    ['2026-12-05', ['05.12.2026', '05.01.2027', '05.02.2027', '05.03.2027']],
  ])('from %s', (start, expected) => {
    expect([0, 1, 2, 3].map((i) => show(periodDate(d(start), 'month', i)))).toEqual(expected);
  });

  it('quarters from 30.11.2026', () => {
    expect([0, 1, 2, 3].map((i) => show(periodDate(d('2026-11-30'), 'quarter', i)))).toEqual([
      '30.11.2026',
      '28.02.2027',
      '30.05.2027',
      '30.08.2027',
    ]);
  });

  it('weeks and fortnights across a year end', () => {
    expect([0, 1, 2].map((i) => show(periodDate(d('2026-12-22'), 'week', i)))).toEqual([
      '22.12.2026',
      '29.12.2026',
      '05.01.2027',
    ]);
    expect([0, 1, 2].map((i) => show(periodDate(d('2026-12-22'), '2weeks', i)))).toEqual([
      '22.12.2026',
      '05.01.2027',
      '19.01.2027',
    ]);
  });

  it('always move forward, never skip a month, and keep the day when they can', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: 1, max: 120 }),
        (raw, every, i) => {
          const start = utcDate(localToday(raw));
          const [sy, sm, sd] = civil(dayOfUtcDate(start));
          const a = dayOfUtcDate(periodDate(start, every, i - 1));
          const b = dayOfUtcDate(periodDate(start, every, i));
          expect(daysBetween(a, b)).toBeGreaterThan(0);
          if (every === 'month' || every === 'quarter') {
            const step = every === 'month' ? 1 : 3;
            const [by, bm, bd] = civil(b);
            expect((by - sy) * 12 + bm - sm).toBe(step * i);
            expect(bd).toBe(Math.min(sd, daysInMonth(by, bm)));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
