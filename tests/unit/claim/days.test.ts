import { describe, expect, it } from 'vitest';
import {
  addYears,
  dayFromIso,
  daysInYear,
  isoFromDay,
  localToday,
  nextNewYear,
  ruDate,
} from '../../../src/lib/claim/days';
import { dayRate } from '../../../src/lib/claim/format';

describe('calendar days as numbers', () => {
  it('reads real dates only', () => {
    expect(dayFromIso('1970-01-02')).toBe(1);
    expect(dayFromIso('2024-02-29')).not.toBeNull();
    for (const bad of ['2023-02-29', '2024-13-01', '24-01-01', '1899-12-31', '2024-1-1', ''])
      expect(dayFromIso(bad), bad).toBeNull();
  });

  it('writes ISO and Russian dates', () => {
    const d = dayFromIso('2024-02-29')!;
    expect(isoFromDay(d + 1)).toBe('2024-03-01');
    expect(ruDate(d)).toBe('29.02.2024');
    expect(isoFromDay(nextNewYear(d))).toBe('2025-01-01');
    expect(isoFromDay(localToday(new Date(2026, 10, 30, 23, 59)))).toBe('2026-11-30');
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024].map(daysInYear)).toEqual([365, 366, 365, 366]);
  });

  it('adds years keeping the day, or the month’s last day', () => {
    expect(isoFromDay(addYears(dayFromIso('2024-02-29')!, 3))).toBe('2027-02-28');
    expect(isoFromDay(addYears(dayFromIso('2024-02-29')!, 4))).toBe('2028-02-29');
    expect(isoFromDay(addYears(dayFromIso('2025-12-31')!, 3))).toBe('2028-12-31');
  });

  it('writes a penalty rate per day', () => {
    expect([1000, 533, 10_000, 15_000, 1].map(dayRate)).toEqual([
      '0,1\u00a0%',
      '0,0533\u00a0%',
      '1\u00a0%',
      '1,5\u00a0%',
      '0,0001\u00a0%',
    ]);
  });
});

describe('search documents', () => {
  it('point at the page and its method section', async () => {
    const { claimSearchDocs } = await import('../../../src/lib/claim/search-docs');
    expect(claimSearchDocs().map((d) => d.url)).toEqual(['/claim/', '/claim/#kak-schitaetsya']);
  });
});
