/** The date module: reading and printing calendar days, today, and who knows a day's length (src/lib/date). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  civil,
  dayFromInput,
  dayFromIso,
  dayOf,
  formatDay,
  formatIsoNumeric,
  fromCivil,
  isoFromDay,
  localToday,
} from '../../../src/lib/date/day';
import { formatDayLong } from '../../../src/lib/date/words';
import { addDays, daysInMonth } from '../../../src/lib/date/arithmetic';
import { D, days } from './fixtures';

describe('reading a date a person typed', () => {
  it.each([
    ['27.11.2026', '27.11.2026'],
    ['5.1.2027', '05.01.2027'],
    ['05/01/2027', '05.01.2027'],
    ['05-01-2027', '05.01.2027'],
    [' 30.11.2026 ', '30.11.2026'],
    ['29.02.2024', '29.02.2024'],
    ['29.02.2000', '29.02.2000'],
    ['2027-01-05', '05.01.2027'],
    [' 2026-01-05 ', '05.01.2026'],
  ])('%j is %s', (typed, shown) => {
    const d = dayFromInput(typed);
    expect(d === null ? null : formatDay(d)).toBe(shown);
  });

  it.each([
    '31.02.2027',
    '29.02.2025',
    '29.02.1900',
    '29.02.2100',
    '31.04.2026',
    '32.01.2026',
    '00.01.2026',
    '01.00.2026',
    '01.13.2026',
    '2027-13-01',
    '2026-1-1',
    'завтра',
    '',
    '1.1.27',
  ])('refuses %j', (typed) => expect(dayFromInput(typed)).toBeNull());

  it('reads ISO only as ISO: «27.11.2026» is not an ISO date', () => {
    expect(dayFromIso('27.11.2026')).toBeNull();
    expect(dayFromIso('2025-02-29')).toBeNull();
    expect(dayFromIso('2024-1-1')).toBeNull();
    expect(dayFromIso('24-01-01')).toBeNull();
    expect(dayFromIso('1970-01-02')).toBe(addDays(D('1970-01-01'), 1));
    expect(civil(D('2024-02-29'))).toEqual([2024, 2, 29]);
  });

  it.each([
    [2026, 2, 28, '2026-02-28'],
    [2026, 2, 29, null],
    [2024, 2, 29, '2024-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [1900, 2, 29, null],
    [2100, 2, 29, null],
    [2026, 4, 31, null],
    [2026, 12, 31, '2026-12-31'],
    [2026, 13, 1, null],
    [2026, 0, 1, null],
    [2026, 1, 0, null],
    [99, 3, 1, '0099-03-01'],
  ])('the calendar has %i-%i-%i: %s', (y, m, d, iso) => {
    const day = dayOf(y, m, d);
    expect(day === null ? null : isoFromDay(day)).toBe(iso);
  });

  it('a day past the month’s end counts on when made unchecked (fromCivil)', () => {
    expect(isoFromDay(fromCivil(2026, 4, 31))).toBe('2026-05-01');
    expect(isoFromDay(fromCivil(2026, 3, 0))).toBe('2026-02-28');
    expect(isoFromDay(fromCivil(2026, 13, 1))).toBe('2027-01-01');
  });

  it('never throws on anything typed', () => {
    fc.assert(fc.property(fc.string(), (s) => dayFromInput(s) === null || Number.isInteger(dayFromInput(s))));
  });
});

describe('printing a date', () => {
  it.each([
    ['2026-11-30', '30.11.2026', '30 ноября 2026 г.'],
    ['2026-02-01', '01.02.2026', '1 февраля 2026 г.'],
    ['2024-02-29', '29.02.2024', '29 февраля 2024 г.'],
    ['2027-01-05', '05.01.2027', '5 января 2027 г.'],
    ['1900-01-01', '01.01.1900', '1 января 1900 г.'],
    ['2199-12-31', '31.12.2199', '31 декабря 2199 г.'],
    ['1969-12-31', '31.12.1969', '31 декабря 1969 г.'],
  ])('%s: %s, %s', (iso, numeric, long) => {
    const d = D(iso);
    expect(formatDay(d)).toBe(numeric);
    expect(formatIsoNumeric(iso)).toBe(numeric);
    expect(formatDayLong(d)).toBe(long);
    expect(isoFromDay(d)).toBe(iso);
  });

  it('shows nothing for an empty or impossible stored date', () => {
    expect(formatIsoNumeric('')).toBe('');
    expect(formatIsoNumeric('2026-02-30')).toBe('');
  });

  it('takes "today" from the local clock, whatever its time zone', () => {
    expect(isoFromDay(localToday(new Date(2026, 10, 7, 23, 59)))).toBe('2026-11-07');
    expect(isoFromDay(localToday(new Date(2026, 10, 7, 0, 0)))).toBe('2026-11-07');
    expect(isoFromDay(localToday(new Date(2026, 10, 30, 23, 59)))).toBe('2026-11-30');
  });
});

describe('what is printed reads back as the same day', () => {
  it('parse(format(d)) == d for the display form and for ISO; format(parse(s)) == s', () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(dayFromInput(formatDay(d))).toBe(d);
        expect(dayFromInput(isoFromDay(d))).toBe(d);
        expect(dayFromIso(isoFromDay(d))).toBe(d);
        expect(formatIsoNumeric(isoFromDay(d))).toBe(formatDay(d));
        const [y, m, dd] = civil(d);
        expect(fromCivil(y, m, dd)).toBe(d);
        expect(dayOf(y, m, dd)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('consecutive days are consecutive calendar dates', () => {
    fc.assert(
      fc.property(days, (d) => {
        const [y, m, dd] = civil(d);
        const [ny, nm, nd] = civil(addDays(d, 1));
        if (dd < daysInMonth(y, m)) expect([ny, nm, nd]).toEqual([y, m, dd + 1]);
        else if (m < 12) expect([ny, nm, nd]).toEqual([y, m + 1, 1]);
        else expect([ny, nm, nd]).toEqual([y + 1, 1, 1]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('one owner of the length of a day', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [full] : [];
    });

  it('no file but the date module knows how many milliseconds a day has', () => {
    // Written so that this file does not match itself.
    const ms = /86_?400_?000|86[4]e5|24\s*\*\s*60\s*\*\s*60\s*\*\s*1000|1000\s*\*\s*60\s*\*\s*60\s*\*\s*24/;
    const knowing = ['src', 'tests', 'scripts'].flatMap(files).filter((f) => ms.test(readFileSync(f, 'utf8')));
    expect(knowing).toEqual([join('src', 'lib', 'date', 'day.ts')]);
  });
});
