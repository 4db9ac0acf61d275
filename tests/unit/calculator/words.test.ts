import { describe, expect, it } from 'vitest';
import { daysCount, paymentsCount } from '../../../src/lib/calculator/words';

describe('Russian plurals', () => {
  it.each([
    [1, '1\u00a0платёж'],
    [2, '2\u00a0платежа'],
    [3, '3\u00a0платежа'],
    [5, '5\u00a0платежей'],
    [11, '11\u00a0платежей'],
    [12, '12\u00a0платежей'],
    [21, '21\u00a0платёж'],
    [22, '22\u00a0платежа'],
    [111, '111\u00a0платежей'],
    [120, '120\u00a0платежей'],
  ])('%d → %s', (n, text) => expect(paymentsCount(n)).toBe(text));

  it('days too', () => {
    expect(daysCount(1)).toBe('1\u00a0день');
    expect(daysCount(20)).toBe('20\u00a0дней');
    expect(daysCount(24)).toBe('24\u00a0дня');
  });
});
