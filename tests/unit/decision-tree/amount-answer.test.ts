import { describe, expect, it } from 'vitest';
import { answerForAmount, isAmountQuestion } from '../../../src/lib/decision-tree/engine';
import { q } from './fixtures';

describe('answerForAmount', () => {
  const amount = q('amount', ['small', 'a'], ['mid', 'b'], ['big', 'c']);
  const ranged = {
    ...amount,
    answers: amount.answers.map((a, i) => ({ ...a, upTo: [100_000, 500_000, undefined][i] })),
  };

  it.each([
    [1, 'small'],
    [100_000, 'small'],
    [100_000.01, 'mid'],
    [500_000, 'mid'],
    [500_001, 'big'],
  ])('%f ₽ → %s', (rubles, id) => {
    expect(answerForAmount(ranged, rubles)?.id).toBe(id);
  });

  it('answers nothing for a choice question or a bad amount', () => {
    expect(isAmountQuestion(amount)).toBe(false);
    expect(answerForAmount(amount, 5)).toBeUndefined();
    expect(answerForAmount(ranged, 0)).toBeUndefined();
    expect(answerForAmount(ranged, Number.NaN)).toBeUndefined();
  });
});
