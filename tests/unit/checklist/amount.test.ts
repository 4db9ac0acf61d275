import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_KOPECKS, formatRubles, parseRubles, rublesInputValue } from '../../../src/lib/checklist/amount';

describe('parseRubles', () => {
  it.each([
    ['80000', 8_000_000],
    ['80 000', 8_000_000],
    ['80\u00a0000,5', 8_000_050],
    ['1 234 567.89 ₽', 123_456_789],
    ['500 руб.', 50_000],
    ['500р', 50_000],
    ['0,01', 1],
    ['100 000 000 000', MAX_KOPECKS],
  ])('%s → %i kopecks', (input, kopecks) => expect(parseRubles(input)).toBe(kopecks));

  it.each(['', ' ', '-5', '1,234', '12,3,4', 'abc', '1e5', '1000000000000', '5 долларов', '١٢'])(
    'refuses %j',
    (input) => {
      expect(parseRubles(input)).toBeNull();
    },
  );

  it('reads back what it formats, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_KOPECKS }), (k) => {
        expect(parseRubles(formatRubles(k))).toBe(k);
        expect(parseRubles(rublesInputValue(k))).toBe(k);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseRubles(s)));
  });
});

describe('formatRubles', () => {
  it.each([
    [8_000_050, '80\u00a0000,50\u00a0₽'],
    [8_000_000, '80\u00a0000\u00a0₽'],
    [5, '0,05\u00a0₽'],
    [123_456_789, '1\u00a0234\u00a0567,89\u00a0₽'],
  ])('%i → %s', (k, text) => expect(formatRubles(k)).toBe(text));

  it('gives an input value without the sign, and nothing for no amount', () => {
    expect(rublesInputValue(8_000_050)).toBe('80 000,50');
    expect(rublesInputValue(null)).toBe('');
  });
});
