import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarDay,
  formatDateLong,
  formatDateNumeric,
  formatIsoNumeric,
  parseDateInput,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/format/date';

/** Real calendar days in a sane range (what a debt, a payment or a contact can be dated). */
const days = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

describe('reading a date a person typed', () => {
  it.each([
    ['27.11.2026', '27.11.2026'],
    ['5.1.2027', '05.01.2027'],
    ['05/01/2027', '05.01.2027'],
    ['05-01-2027', '05.01.2027'],
    [' 30.11.2026 ', '30.11.2026'],
    ['29.02.2024', '29.02.2024'],
    ['2027-01-05', '05.01.2027'],
    [' 2026-01-05 ', '05.01.2026'],
  ])('%j is %s', (typed, shown) => {
    const d = parseDateInput(typed);
    expect(d && formatDateNumeric(d)).toBe(shown);
  });

  it.each(['31.02.2027', '29.02.2025', '32.01.2026', '01.13.2026', '2027-13-01', '2026-1-1', 'завтра', '', '1.1.27'])(
    'refuses %j',
    (typed) => expect(parseDateInput(typed)).toBeNull(),
  );

  it('reads ISO only as ISO: «27.11.2026» is not an ISO date', () => {
    expect(parseIsoDate('27.11.2026')).toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')?.getUTCDate()).toBe(29);
  });

  it('never throws on anything typed', () => {
    fc.assert(fc.property(fc.string(), (s) => parseDateInput(s) === null || parseDateInput(s) instanceof Date));
  });
});

describe('printing a date', () => {
  it.each([
    ['2026-11-30', '30.11.2026', '30 ноября 2026 г.'],
    ['2026-02-01', '01.02.2026', '1 февраля 2026 г.'],
    ['2024-02-29', '29.02.2024', '29 февраля 2024 г.'],
    ['2027-01-05', '05.01.2027', '5 января 2027 г.'],
  ])('%s: %s, %s', (iso, numeric, long) => {
    const d = parseIsoDate(iso)!;
    expect(formatDateNumeric(d)).toBe(numeric);
    expect(formatIsoNumeric(iso)).toBe(numeric);
    expect(formatDateLong(d)).toBe(long);
    expect(toIsoDate(d)).toBe(iso);
  });

  it('shows nothing for an empty or impossible stored date', () => {
    expect(formatIsoNumeric('')).toBe('');
    expect(formatIsoNumeric('2026-02-30')).toBe('');
  });

  it('takes "today" from the local clock, whatever its time zone', () => {
    expect(toIsoDate(calendarDay(new Date(2026, 10, 7, 23, 59)))).toBe('2026-11-07');
    expect(toIsoDate(calendarDay(new Date(2026, 10, 7, 0, 0)))).toBe('2026-11-07');
  });
});

describe('what is printed reads back as the same day', () => {
  it('parse(format(d)) == d for the display form and for ISO', () => {
    fc.assert(
      fc.property(days, (d) => {
        expect(parseDateInput(formatDateNumeric(d))?.getTime()).toBe(d.getTime());
        expect(parseDateInput(toIsoDate(d))?.getTime()).toBe(d.getTime());
        expect(parseIsoDate(toIsoDate(d))?.getTime()).toBe(d.getTime());
        expect(formatIsoNumeric(toIsoDate(d))).toBe(formatDateNumeric(d));
      }),
      { numRuns: 2000 },
    );
  });
});
