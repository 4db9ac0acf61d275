import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, daysBetween, daysInMonth, periodDate, FREQUENCIES } from '../../../src/lib/calculator/dates';
import { calendarDay, formatDateNumeric, parseIsoDate } from '../../../src/lib/format/date';

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
          const start = calendarDay(raw);
          const a = periodDate(start, every, i - 1);
          const b = periodDate(start, every, i);
          expect(daysBetween(a, b)).toBeGreaterThan(0);
          if (every === 'month' || every === 'quarter') {
            const step = every === 'month' ? 1 : 3;
            const months = (b.getUTCFullYear() - start.getUTCFullYear()) * 12 + b.getUTCMonth() - start.getUTCMonth();
            expect(months).toBe(step * i);
            expect(b.getUTCDate()).toBe(Math.min(start.getUTCDate(), daysInMonth(b.getUTCFullYear(), b.getUTCMonth())));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('helpers', () => {
  it('adds negative months and counts days', () => {
    expect(show(addMonths(d('2026-03-31'), -1))).toBe('28.02.2026');
    expect(daysBetween(d('2026-11-27'), d('2026-12-07'))).toBe(10);
    expect(daysBetween(d('2026-11-27'), d('2026-11-26'))).toBe(-1);
  });
});
