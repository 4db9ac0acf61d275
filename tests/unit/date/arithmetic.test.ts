/** The date module's counting: days, months, years (ГК РФ ст. 192), year ends, weekdays (src/lib/date). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civil, isoFromDay, yearOf } from '../../../src/lib/date/day';
import { addDays, addMonths, daysBetween, daysInMonth, earlier, weekday } from '../../../src/lib/date/arithmetic';
import { addYears, daysInYear, nextNewYear } from '../../../src/lib/date/terms';
import { D, days } from './fixtures';

describe('counting days', () => {
  it('adding and counting are one another’s inverse', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -400, max: 400 }), (d, n, k) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(d, daysBetween(d, addDays(d, n)))).toBe(addDays(d, n));
        expect(addDays(addDays(d, n), k)).toBe(addDays(d, n + k));
        expect(daysBetween(addDays(d, n), d) + n).toBe(0);
        expect(earlier(d, addDays(d, n))).toBe(n < 0 ? addDays(d, n) : d);
      }),
    );
  });

  it('knows leap years and month lengths, 1900 and 2100 included', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(daysInYear)).toEqual([365, 366, 365, 366, 365]);
    expect([1900, 2000, 2023, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 28]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysBetween(D('2024-01-01'), D('2025-01-01'))).toBe(366);
    expect(daysBetween(D('2100-01-01'), D('2101-01-01'))).toBe(365);
    expect(daysBetween(D('2026-11-27'), D('2026-12-07'))).toBe(10);
    expect(daysBetween(D('2026-11-27'), D('2026-11-26'))).toBe(-1);
  });

  it('the year and the next new year', () => {
    expect(yearOf(D('2024-12-31'))).toBe(2024);
    expect(yearOf(D('2025-01-01'))).toBe(2025);
    expect(isoFromDay(nextNewYear(D('2024-02-29')))).toBe('2025-01-01');
    expect(isoFromDay(nextNewYear(D('2024-12-31')))).toBe('2025-01-01');
    expect(isoFromDay(nextNewYear(D('2025-01-01')))).toBe('2026-01-01');
  });

  it('weekdays: 1 = Monday … 7 = Sunday', () => {
    expect(weekday(D('2026-11-30'))).toBe(1);
    expect(weekday(D('2026-12-05'))).toBe(6);
    expect(weekday(D('2026-12-06'))).toBe(7);
    expect(weekday(D('1970-01-01'))).toBe(4);
    expect(weekday(D('1969-12-28'))).toBe(7);
    expect(weekday(D('1900-01-01'))).toBe(1);
    expect(weekday(D('2000-02-29'))).toBe(2);
    fc.assert(
      fc.property(days, (d) => {
        expect(weekday(addDays(d, 7))).toBe(weekday(d));
        expect(weekday(addDays(d, 1))).toBe((weekday(d) % 7) + 1);
      }),
    );
  });
});

describe('adding months: the day of month, or the month’s last day', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-01-31', 2, '2027-03-31'],
    ['2027-01-31', 3, '2027-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-05', 1, '2027-01-05'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2099-12-31', 2, '2100-02-28'],
    ['1900-01-29', 1, '1900-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(isoFromDay(addMonths(D(from), months))).toBe(to);
  });

  it('moves by whole months, keeps the day where the month has it, and comes back from the middle of a month', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const [y, m, dd] = civil(d);
        const [ty, tm, td] = civil(addMonths(d, n));
        expect(ty * 12 + tm - (y * 12 + m)).toBe(n);
        expect(td).toBe(Math.min(dd, daysInMonth(ty, tm)));
        if (dd <= 28) expect(addMonths(addMonths(d, n), -n)).toBe(d);
        expect(addMonths(d, n) > d).toBe(n > 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('adding years (ГК РФ ст. 192): the same month and day, 29.02 → 28.02', () => {
  it.each([
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2096-02-29', 4, '2100-02-28'],
    ['1896-02-29', 4, '1900-02-28'],
    ['2025-12-31', 3, '2028-12-31'],
    ['2026-03-01', -3, '2023-03-01'],
  ])('%s + %i years = %s', (from, years, to) => {
    expect(isoFromDay(addYears(D(from), years))).toBe(to);
  });

  it('is twelve months a year', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -100, max: 100 }), (d, n) => {
        expect(addYears(d, n)).toBe(addMonths(d, 12 * n));
      }),
    );
  });
});
