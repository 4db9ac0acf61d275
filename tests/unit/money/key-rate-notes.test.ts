import { describe, expect, it } from 'vitest';
import { parseKeyRateTable, KEY_RATE_TABLE } from '../../../src/lib/money/key-rate';
import {
  confirmedRateAgeDays,
  describeRate,
  keyRateResultNote,
  newestRate,
  SECONDARY_SOURCE_NOTE,
  staleKeyRateWarning,
  tableAsOf,
} from '../../../src/lib/money/key-rate-notes';
import { requireDay as day } from '../../../src/lib/date/day';

const table = (rows: { from: string; percent: number; confirmed: boolean }[], checked = '2026-11-30') =>
  parseKeyRateTable({ checked, rates: rows });

describe('key-rate notes next to a calculation', () => {
  it('the site’s table: newest rate 14 % from 27.07.2026 from secondary sources, as of 30.11.2026', () => {
    expect(newestRate(KEY_RATE_TABLE)).toEqual({ from: '2026-07-27', bp: 1400, confirmed: false });
    const note = keyRateResultNote(1400, KEY_RATE_TABLE) ?? '';
    expect(note).toContain('14\u00a0% с 27.07.2026');
    expect(note).toContain(SECONDARY_SOURCE_NOTE);
    expect(note).toContain('cbr.ru');
    expect(note).toContain('по состоянию на 30.11.2026');
  });

  it('says nothing about a rate the user typed', () => {
    expect(keyRateResultNote(2500, KEY_RATE_TABLE)).toBeNull();
  });

  it('a confirmed newest rate gets the as-of date but no secondary-source note', () => {
    const t = table([{ from: '2026-02-16', percent: 15.5, confirmed: true }]);
    const note = keyRateResultNote(1550, t) ?? '';
    expect(note).toContain('15,5\u00a0% с 16.02.2026');
    expect(note).not.toContain('вторичных');
    expect(describeRate({ from: '2026-02-16', bp: 1550, confirmed: true })).toBe('15,5\u00a0% с 16.02.2026');
    expect(tableAsOf(t)).toBe('Таблица ставок — по состоянию на 30.11.2026.');
  });
});

describe('the build warning when the last confirmed rate is older than 120 days', () => {
  const t = table([
    { from: '2026-02-16', percent: 15.5, confirmed: true },
    { from: '2026-07-27', percent: 14, confirmed: false },
  ]);

  it.each([
    ['2026-02-16', 0, false],
    ['2026-06-16', 120, false],
    ['2026-06-17', 121, true],
    ['2026-11-30', 287, true],
  ])('on %s the confirmed rate is %i days old → warn: %s', (today, age, warns) => {
    expect(confirmedRateAgeDays(t, day(today))).toBe(age);
    const w = staleKeyRateWarning(t, day(today));
    expect(w !== null).toBe(warns);
    if (w) expect(w).toContain('16.02.2026');
  });

  it('a secondary-source row does not make the table fresh', () => {
    expect(staleKeyRateWarning(t, day('2026-08-01'))).not.toBeNull();
  });

  it('the limit can be set', () => {
    expect(staleKeyRateWarning(t, day('2026-11-30'), 400)).toBeNull();
  });
});
