/**
 * The date module's functions on UTC-midnight Dates, for the code that still carries them (src/lib/format/date.ts):
 * the same text as for a Day, whatever the hour of the Date or the time zone of the machine.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarDay,
  formatDateLong,
  formatDateNumeric,
  parseDateInput,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/format/date';
import { dayFromInput, dayOfUtcDate, formatDay, isoFromDay, utcDate } from '../../../src/lib/date/day';
import { formatDayLong } from '../../../src/lib/date/words';

describe('reading an ISO date into a Date', () => {
  it('reads real dates only, as UTC midnights', () => {
    expect(parseIsoDate('27.11.2026')).toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate(' 2026-01-05 ')?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  it('reads what a person typed as the date module does', () => {
    for (const typed of [
      '27.11.2026',
      '5.1.2027',
      '27/11/2026',
      '27-11-2026',
      ' 2026-11-27 ',
      '31.02.2027',
      'завтра',
      '',
    ])
      expect(parseDateInput(typed)?.toISOString() ?? null, typed).toBe(
        dayFromInput(typed) === null ? null : utcDate(dayFromInput(typed)!).toISOString(),
      );
    expect(parseDateInput('5.1.2027')?.toISOString()).toBe('2027-01-05T00:00:00.000Z');
  });
});

describe('printing a Date', () => {
  it.each([
    ['2026-11-30', '30.11.2026', '30 ноября 2026 г.'],
    ['2026-02-01', '01.02.2026', '1 февраля 2026 г.'],
    ['2024-02-29', '29.02.2024', '29 февраля 2024 г.'],
    ['2027-01-05', '05.01.2027', '5 января 2027 г.'],
  ])('%s: %s, %s', (iso, numeric, long) => {
    const d = parseIsoDate(iso)!;
    expect(formatDateNumeric(d)).toBe(numeric);
    expect(formatDateLong(d)).toBe(long);
    expect(toIsoDate(d)).toBe(iso);
  });

  it('takes "today" from the local clock, whatever its time zone', () => {
    expect(toIsoDate(calendarDay(new Date(2026, 10, 7, 23, 59)))).toBe('2026-11-07');
    expect(toIsoDate(calendarDay(new Date(2026, 10, 7, 0, 0)))).toBe('2026-11-07');
  });

  it('a Date prints as the day it falls on in UTC, at any hour, and reads back as that day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }),
        (moment) => {
          const day = dayOfUtcDate(moment);
          expect(toIsoDate(moment)).toBe(moment.toISOString().slice(0, 10));
          expect(isoFromDay(day)).toBe(moment.toISOString().slice(0, 10));
          expect(formatDateNumeric(moment)).toBe(formatDay(day));
          expect(formatDateLong(moment)).toBe(formatDayLong(day));
          expect(utcDate(day).toISOString()).toBe(`${isoFromDay(day)}T00:00:00.000Z`);
          expect(parseIsoDate(toIsoDate(moment))?.getTime()).toBe(utcDate(day).getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
