import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AMOUNT_ERROR_TEXT,
  kopecksToInput,
  kopecksToParam,
  parseRubles,
  readAmount,
} from '../../../src/lib/decision-tree/amount';
import { MAX_KOPECKS } from '../../../src/lib/money/kopecks';
import { answerForAmount, isAmountQuestion } from '../../../src/lib/decision-tree/engine';
import { q } from './fixtures';

describe('parseRubles', () => {
  it.each([
    ['250000', 25_000_000],
    ['250 000', 25_000_000],
    ['250\u00a0000 ₽', 25_000_000],
    ['1 234 567,89', 123_456_789],
    ['99.5', 9_950],
    ['100 руб.', 10_000],
    ['100 р.', 10_000],
    ['0,01', 1],
  ])('%s → %i kopecks', (text, kopecks) => {
    expect(parseRubles(text)).toBe(kopecks);
  });

  it.each(['', '0', '-5', '12,345', 'abc', '1e6', '12..3', '1 000 000 000 000 001', '٣٤'])('refuses %s', (text) => {
    expect(parseRubles(text)).toBeNull();
  });

  it('round-trips every amount through the URL and the form field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_KOPECKS }), (kopecks) => {
        expect(parseRubles(kopecksToParam(kopecks))).toBe(kopecks);
        expect(parseRubles(kopecksToInput(kopecks))).toBe(kopecks);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseRubles(s)));
  });
});

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

describe('readAmount', () => {
  it.each([
    ['-5', 'negative'],
    ['−250 000', 'negative'],
    ['0', 'zero'],
    ['0,00', 'zero'],
    ['12,345', 'too-many-decimals'],
    ['abc', 'not-a-number'],
    ['', 'empty'],
    ['1 000 000 000 000 001', 'too-large'],
  ] as const)('%s → %s', (text, error) => {
    expect(readAmount(text)).toEqual({ ok: false, error });
  });

  it('gives every reason its own message', () => {
    const texts = Object.values(AMOUNT_ERROR_TEXT);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('refuses every negative amount as negative, never as "not a number"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_KOPECKS }), (kopecks) => {
        expect(readAmount(`-${kopecksToInput(kopecks)}`)).toEqual({ ok: false, error: 'negative' });
      }),
    );
  });
});

describe('kopecksToInput', () => {
  it.each([
    [60_000_000, '600\u202f000'],
    [25_000_050, '250\u202f000,50'],
    [99_900, '999'],
  ])('%i kopecks → %s', (kopecks, text) => {
    expect(kopecksToInput(kopecks)).toBe(text);
  });
});
