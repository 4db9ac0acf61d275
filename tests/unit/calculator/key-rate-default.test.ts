import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_RATE_BP } from '../../../src/lib/calculator/key-rate-default';
import { latestKeyRate } from '../../../src/lib/money/key-rate';

describe('the discount tool’s default key rate', () => {
  it('is the newest rate of the key-rate table (update the copy with the table)', () => {
    expect(DEFAULT_KEY_RATE_BP).toBe(latestKeyRate().bp);
  });
});
