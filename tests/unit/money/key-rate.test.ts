import { describe, expect, it } from 'vitest';
import { KEY_RATES, keyRateOn, latestKeyRate } from '../../../src/lib/money/key-rate';
import { parseIsoDate } from '../../../src/lib/format/date';

describe('the key rate table (docs/legal-facts.md)', () => {
  it('ends with 15,5 % from 16.02.2026', () => {
    expect(latestKeyRate()).toEqual({ from: '2026-02-16', bp: 1550 });
  });

  it('has real dates in increasing order and plausible rates', () => {
    for (const [i, change] of KEY_RATES.entries()) {
      expect(parseIsoDate(change.from), change.from).not.toBeNull();
      expect(change.bp).toBeGreaterThan(0);
      expect(change.bp).toBeLessThanOrEqual(3000);
      if (i > 0) expect(change.from > (KEY_RATES[i - 1]?.from ?? '')).toBe(true);
    }
  });

  it('finds the rate in force on a day', () => {
    expect(keyRateOn('2024-10-28')?.bp).toBe(2100);
    expect(keyRateOn('2025-06-08')?.bp).toBe(2100);
    expect(keyRateOn('2026-11-27')?.bp).toBe(1550);
    expect(keyRateOn('2020-01-01')).toBeNull();
  });
});
