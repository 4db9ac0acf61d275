import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBp, formatRatePct, parsePercent } from '../../../src/lib/money/percent';

describe('parsePercent', () => {
  it.each([
    ['15,5', 1550],
    ['15.5 %', 1550],
    ['2%', 200],
    [' 0,25 ', 25],
    ['100', 10_000],
  ])('%j → %d hundredths', (input, bp) => expect(parsePercent(input)).toEqual({ ok: true, value: bp }));

  it.each([
    ['', 'empty'],
    ['-1', 'negative'],
    ['1,234', 'too-many-decimals'],
    ['пять', 'not-a-number'],
    ['1001', 'too-large'],
    ['123456789', 'too-large'],
  ])('refuses %j with %s', (input, error) => expect(parsePercent(input)).toEqual({ ok: false, error }));

  it('respects a custom maximum', () => expect(parsePercent('60', 5000)).toEqual({ ok: false, error: 'too-large' }));

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => typeof parsePercent(s).ok === 'boolean'),
      { numRuns: 3000 },
    );
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (bp) => {
        expect(parsePercent(formatBp(bp))).toEqual({ ok: true, value: bp });
      }),
    );
  });
});

describe('formatting percentages', () => {
  it.each([
    [1550, '15,5\u00a0%'],
    [1500, '15\u00a0%'],
    [1505, '15,05\u00a0%'],
    [0, '0\u00a0%'],
  ])('%d → %j', (bp, text) => expect(formatBp(bp)).toBe(text));

  it('shows rates with two decimals', () => {
    expect(formatRatePct(0.372_37)).toBe('37,24\u00a0%');
    expect(formatRatePct(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
