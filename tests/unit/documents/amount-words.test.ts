import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountInWords, amountWords } from '../../../src/lib/documents/amount-words';

const NBSP = '\u00a0';

describe('amountInWords', () => {
  it.each([
    [10888799, `108${NBSP}887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек`],
    [100, '1 (один) рубль 00 копеек'],
    [200, '2 (два) рубля 00 копеек'],
    [2101, '21 (двадцать один) рубль 01 копейка'],
    [1100, '11 (одиннадцать) рублей 00 копеек'],
    [100000, `1${NBSP}000 (одна тысяча) рублей 00 копеек`],
    [200000, `2${NBSP}000 (две тысячи) рублей 00 копеек`],
    [100000000, `1${NBSP}000${NBSP}000 (один миллион) рублей 00 копеек`],
    [50, '0 (ноль) рублей 50 копеек'],
    [0, '0 (ноль) рублей 00 копеек'],
    [11222, '112 (сто двенадцать) рублей 22 копейки'],
  ])('%i kopecks → %s', (kopecks, text) => {
    expect(amountInWords(kopecks)).toBe(text);
  });

  it('refuses a negative or fractional number of kopecks', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });

  it('the figures and the kopecks always agree with the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000_00 }), (k) => {
        const text = amountInWords(k);
        const figures = Number(text.slice(0, text.indexOf(' (')).replace(/\u00a0/g, ''));
        expect(figures).toBe(Math.floor(k / 100));
        expect(amountWords(k).kopecks).toBe(String(k % 100).padStart(2, '0'));
        expect(text).toMatch(/\) рубл(ь|я|ей) \d\d копе(йка|йки|ек)$/);
      }),
    );
  });
});
