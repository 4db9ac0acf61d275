import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatAmount,
  formatField,
  formatPlain,
  formatRub,
  fromUrl,
  mulDivRound,
  parseHundredths,
  parseMoney,
  toUrl,
  MAX_KOPECKS,
} from '../../../src/lib/money/kopecks';
import { MONEY_MESSAGES } from '../../../src/lib/money/messages';

/** The one space of the money module: no-break space. */
const nb = (s: string) => s.replace(/ /g, '\u00a0');
const ANY = { allowZero: true };

describe('parseMoney reads what people type', () => {
  it.each([
    ['150000', 15_000_000],
    ['150 000', 15_000_000],
    ['1 234 567,89 ₽', 123_456_789],
    ['1\u00a0234\u202f567.89', 123_456_789],
    ['1234,5', 123_450],
    ['500 руб.', 50_000],
    ['500р.', 50_000],
    ['0,01', 1],
    [',5', 50],
    ['7.', 700],
    ['+12', 1200],
  ])('%j → %d kopecks', (input, kopecks) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: kopecks });
  });

  it.each(['0', '-0', '0,00', '0 ₽'])('%j is zero: refused by default, accepted with allowZero', (input) => {
    expect(parseMoney(input)).toEqual({ ok: false, error: 'zero' });
    expect(parseMoney(input, ANY)).toEqual({ ok: true, value: 0 });
  });

  it('refuses more than max', () => {
    expect(parseMoney('1 000,01', { max: 100_000 })).toEqual({ ok: false, error: 'too-large' });
    expect(parseMoney('1 000', { max: 100_000 })).toEqual({ ok: true, value: 100_000 });
  });

  it('has one Russian message per error code, each different', () => {
    const texts = Object.values(MONEY_MESSAGES);
    expect(new Set(texts).size).toBe(texts.length);
    expect(Object.keys(MONEY_MESSAGES).sort()).toEqual(
      ['empty', 'negative', 'not-a-number', 'too-large', 'too-many-decimals', 'zero'].sort(),
    );
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['−5 ₽', 'negative'],
    ['1,234', 'too-many-decimals'],
    ['12.345,67', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['.', 'not-a-number'],
    ['99999999999999', 'too-large'],
    ['100000000001', 'too-large'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it('never throws and never returns a non-integer or negative amount, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+ 0-9.,₽рубRUB\u00a0]{0,20}$/)), (s) => {
        const r = parseMoney(s);
        if (r.ok) {
          expect(Number.isSafeInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(MAX_KOPECKS);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_KOPECKS }), (k) => {
        expect(parseMoney(formatRub(k), ANY)).toEqual({ ok: true, value: k });
        expect(parseMoney(formatPlain(k), ANY)).toEqual({ ok: true, value: k });
        expect(parseMoney(formatField(k), ANY)).toEqual({ ok: true, value: k });
        expect(fromUrl(toUrl(k), ANY)).toEqual({ ok: true, value: k });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseHundredths: the reading amounts and percentages share', () => {
  it.each([
    ['12,5', 1250],
    ['0,07', 7],
    ['007', 700],
    ['-0', 0],
    ['1 234,56 ₽', 123456],
  ])('%s → %d hundredths', (typed, value) => {
    expect(parseHundredths(typed, 7)).toEqual({ ok: true, value });
  });
  it.each([
    ['-1', 'negative'],
    ['1,234', 'too-many-decimals'],
    ['12345678', 'too-large'],
    ['абв', 'not-a-number'],
  ])('%s is refused as %s', (typed, error) => {
    expect(parseHundredths(typed, 7)).toEqual({ ok: false, error });
  });
  it('bounds the whole part by the digits it is given, not by a value', () => {
    expect(parseHundredths('1234567', 7)).toEqual({ ok: true, value: 123456700 });
    expect(parseHundredths('1234567', 6)).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('formatting', () => {
  it('uses Russian grouping, a decimal comma and the ruble sign', () => {
    expect(formatRub(123_456_789)).toBe(nb('1 234 567,89') + '\u00a0₽');
    expect(formatAmount(5)).toBe('0,05');
    expect(formatAmount(-150)).toBe('−1,50');
    expect(formatAmount(100_000)).toBe(nb('1 000,00'));
    expect(formatPlain(123_456_789)).toBe('1234567,89');
    expect(formatPlain(-5)).toBe('-0,05');
    expect(formatRub(8_000_000)).toBe(nb('80 000,00 ₽'));
  });

  it('writes URLs with a dot, no grouping and no trailing zero', () => {
    expect(toUrl(15_000_000)).toBe('150000');
    expect(toUrl(150)).toBe('1.5');
    expect(toUrl(105)).toBe('1.05');
    expect(toUrl(25_000_050)).toBe('250000.5');
  });

  it('reads at most 40 characters from a URL', () => {
    expect(fromUrl('1'.repeat(39) + 'x').ok).toBe(false);
    expect(fromUrl('1'.repeat(41))).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('formatField: an amount as a person would type it', () => {
  it('groups by three with the one space and drops zero kopecks', () => {
    expect(formatField(60_000_000)).toBe(nb('600 000'));
    expect(formatField(123_456_789)).toBe(nb('1 234 567,89'));
    expect(formatField(150)).toBe('1,50');
    expect(formatField(0)).toBe('0');
  });

  it('formats what it reads the same way, whatever spaces and marks were typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_KOPECKS }),
        fc.constantFrom(' ', '\u00a0', '\u202f', ''),
        fc.constantFrom('', ' ₽', ' руб.'),
        (k, space, sign) => {
          const typed = formatField(k).replace(/\u00a0/g, space) + sign;
          const read = parseMoney(typed);
          expect(read).toEqual({ ok: true, value: k });
          if (read.ok) expect(formatField(read.value)).toBe(formatField(k));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('mulDivRound', () => {
  it.each([
    [100, 1, 3, 33],
    [200, 1, 3, 67],
    [1, 1, 2, 1],
    [15_000_000, 1550, 10_000, 2_325_000],
  ])('%d × %d ÷ %d = %d (half up)', (a, b, c, r) => expect(mulDivRound(a, b, c)).toBe(r));

  it('is exact beyond floating point range', () => {
    expect(mulDivRound(MAX_KOPECKS, 99_999, 10_000)).toBe(99_999_000_000_000);
  });

  it('refuses a zero divisor', () => expect(() => mulDivRound(1, 1, 0)).toThrow(RangeError));
});
