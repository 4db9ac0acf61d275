/**
 * The date module's functions on UTC-midnight Dates, for the code that still carries them (src/lib/format/date.ts):
 * the same text as for a Day, whatever the hour of the Date or the time zone of the machine.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateNumeric, parseIsoDate, toIsoDate } from '../../../src/lib/format/date';
import { dayOfUtcDate, formatDay, isoFromDay, utcDate } from '../../../src/lib/date/day';

describe('reading an ISO date into a Date', () => {
  it('reads real dates only, as UTC midnights', () => {
    expect(parseIsoDate('27.11.2026')).toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate(' 2026-01-05 ')?.toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });
});

describe('printing a Date', () => {
  it.each([
    ['2026-11-30', '30.11.2026'],
    ['2026-02-01', '01.02.2026'],
    ['2024-02-29', '29.02.2024'],
    ['2027-01-05', '05.01.2027'],
  ])('%s: %s', (iso, numeric) => {
    const d = parseIsoDate(iso)!;
    expect(formatDateNumeric(d)).toBe(numeric);
    expect(toIsoDate(d)).toBe(iso);
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
          expect(utcDate(day).toISOString()).toBe(`${isoFromDay(day)}T00:00:00.000Z`);
          expect(parseIsoDate(toIsoDate(moment))?.getTime()).toBe(utcDate(day).getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
