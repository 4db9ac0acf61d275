import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateLong, formatDateNumeric, parseIsoDate, toIsoDate } from '../../../src/lib/format/date';

describe('parseIsoDate', () => {
  it.each([
    ['2026-11-27', '27.11.2026'],
    ['2024-02-29', '29.02.2024'],
    [' 2026-01-05 ', '05.01.2026'],
  ])('reads %s as %s', (input, shown) => {
    const d = parseIsoDate(input);
    expect(d && formatDateNumeric(d)).toBe(shown);
  });

  it.each(['2025-02-29', '2026-13-01', '2026-00-10', '27.11.2026', '', 'garbage', '2026-1-1'])(
    'refuses %j',
    (input) => {
      expect(parseIsoDate(input)).toBeNull();
    },
  );

  it('never throws and round-trips real dates', () => {
    fc.assert(fc.property(fc.string(), (s) => parseIsoDate(s) === null || parseIsoDate(s) instanceof Date));
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
        const iso = toIsoDate(d);
        const back = parseIsoDate(iso);
        expect(back && toIsoDate(back)).toBe(iso);
      }),
    );
  });
});

describe('formatDateLong', () => {
  it('uses the genitive month name', () => {
    expect(formatDateLong(new Date(Date.UTC(2026, 10, 27)))).toBe('27 ноября 2026 г.');
    expect(formatDateLong(new Date(Date.UTC(2026, 1, 1)))).toBe('1 февраля 2026 г.');
  });
});
