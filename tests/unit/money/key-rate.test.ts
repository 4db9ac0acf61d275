import { describe, expect, it } from 'vitest';
import {
  KEY_RATES,
  KEY_RATE_395_FROM,
  KEY_RATE_TABLE,
  keyRateOn,
  latestConfirmedKeyRate,
  latestKeyRate,
  parseKeyRateTable,
} from '../../../src/lib/money/key-rate';
import { dayFromIso } from '../../../src/lib/date/day';

describe('the key rate table (content/key-rate/key-rates.json, from docs/legal-facts.md)', () => {
  it('is confirmed to 15,5 % from 16.02.2026, then 14 % from 27.07.2026 from secondary sources', () => {
    expect(latestConfirmedKeyRate()).toEqual({ from: '2026-02-16', bp: 1550, confirmed: true });
    expect(latestKeyRate()).toEqual({ from: '2026-07-27', bp: 1400, confirmed: false });
    expect(KEY_RATE_TABLE.checked).toBe('2026-11-30');
  });

  it('starts on 01.08.2016, when ст. 395 began to use the key rate; rows to 25.10.2021 are from secondary sources', () => {
    expect(KEY_RATES[0]).toEqual({ from: KEY_RATE_395_FROM, bp: 1050, confirmed: false });
    expect(KEY_RATES.filter((r) => r.from < '2021-12-20').every((r) => !r.confirmed)).toBe(true);
    expect(KEY_RATES.find((r) => r.from === '2021-12-20')).toEqual({ from: '2021-12-20', bp: 850, confirmed: true });
  });

  it('reads secondary-source rows before and after the confirmed ones', () => {
    const t = parseKeyRateTable({
      checked: '2026-11-30',
      rates: [
        { from: '2016-08-01', percent: 10.5, confirmed: false },
        { from: '2021-12-20', percent: 8.5, confirmed: true },
        { from: '2026-07-27', percent: 14, confirmed: false },
      ],
    });
    expect(t.rates.map((r) => r.confirmed)).toEqual([false, true, false]);
  });

  it('has real dates in increasing order and plausible rates', () => {
    for (const [i, change] of KEY_RATES.entries()) {
      expect(dayFromIso(change.from), change.from).not.toBeNull();
      expect(change.bp).toBeGreaterThan(0);
      expect(change.bp).toBeLessThanOrEqual(3000);
      if (i > 0) expect(change.from > (KEY_RATES[i - 1]?.from ?? '')).toBe(true);
    }
  });

  it('finds the rate in force on a day', () => {
    expect(keyRateOn('2024-10-28')?.bp).toBe(2100);
    expect(keyRateOn('2025-06-08')?.bp).toBe(2100);
    expect(keyRateOn('2026-03-22')?.bp).toBe(1550);
    expect(keyRateOn('2026-06-22')).toEqual({ from: '2026-06-22', bp: 1425, confirmed: false });
    expect(keyRateOn('2020-01-01')).toEqual({ from: '2019-12-16', bp: 625, confirmed: false });
    expect(keyRateOn('2016-07-31')).toBeNull();
  });

  it.each([
    [{ checked: '2026-11-30', rates: [] }, /non-empty/],
    [{ checked: '30.11.2026', rates: [{ from: '2026-01-01', percent: 5, confirmed: true }] }, /checked/],
    [{ checked: '2026-11-30', rates: [{ from: '2026-01-01', percent: 5.125, confirmed: true }] }, /two decimals/],
    [
      {
        checked: '2026-11-30',
        rates: [
          { from: '2026-02-01', percent: 5, confirmed: true },
          { from: '2026-01-01', percent: 6, confirmed: true },
        ],
      },
      /increase/,
    ],
    [
      {
        checked: '2026-11-30',
        rates: [
          { from: '2025-12-01', percent: 5, confirmed: true },
          { from: '2026-01-01', percent: 5, confirmed: false },
          { from: '2026-02-01', percent: 6, confirmed: true },
        ],
      },
      /confirmed rate after/,
    ],
    [{ checked: '2026-01-01', rates: [{ from: '2026-02-01', percent: 5, confirmed: true }] }, /after the table/],
  ])('refuses a broken table with a message (%#)', (data, message) => {
    expect(() => parseKeyRateTable(data)).toThrow(message);
  });
});
