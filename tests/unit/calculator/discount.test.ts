import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  discountOffer,
  effectiveAnnualRate,
  maxDiscountFraction,
  maxDiscountSentence,
  simpleAnnualRate,
  verdictSentence,
  type DiscountInput,
} from '../../../src/lib/calculator/discount';

const pct = (x: number) => Math.round(x * 10_000) / 100;

describe('check values from docs/legal-facts.md', () => {
  it.each([
    ['2/10 net 30', 0.02, 20, 37.24, 44.59],
    ['1/10 net 30', 0.01, 20, 18.43, 20.13],
    ['2/10 net 60', 0.02, 50, 14.9, 15.89],
  ])('%s → %d %% simple, %d %% effective', (_name, d, t, simple, effective) => {
    expect(pct(simpleAnnualRate(d, t))).toBe(simple);
    expect(pct(effectiveAnnualRate(d, t))).toBe(effective);
  });
});

const offer = (over: Partial<DiscountInput> = {}): DiscountInput => ({
  amount: 10_000_000,
  discount: 200_000,
  fraction: 0.02,
  discountDays: 10,
  dueDays: 30,
  keyRateBp: 1550,
  ...over,
});

describe('discountOffer', () => {
  it('2 % of 100 000 ₽ within 10 days instead of 30: expensive money for the seller at a 15,5 % key rate', () => {
    const r = discountOffer(offer());
    expect(r).toMatchObject({ clientPays: 9_800_000, saving: 200_000, daysSooner: 20, verdict: 'expensive' });
    expect(pct(r.simpleRate)).toBe(37.24);
    expect(pct(r.maxFraction)).toBe(0.84);
    expect(r.maxDiscount).toBe(84_216);
    expect(verdictSentence(r, 1550)).toContain('37,24');
    expect(maxDiscountSentence(r, 1550)).toContain('20\u00a0дней');
  });

  it('a small discount for a long wait is cheap money', () => {
    const r = discountOffer(offer({ discount: 50_000, fraction: 0.005, dueDays: 60 }));
    expect(r.verdict).toBe('cheap');
    expect(verdictSentence(r, 1550)).toMatch(/^Скидка/);
  });

  it('a rate within a quarter of a point of the comparison rate is at par', () => {
    const r = discountOffer(offer({ keyRateBp: 3724 }));
    expect(r.verdict).toBe('par');
    expect(verdictSentence(r, 3724)).toMatch(/^Скидка/);
  });

  it('the largest discount worth offering costs exactly the chosen rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.integer({ min: 1, max: 3650 }), (rate, t) => {
        const d = maxDiscountFraction(rate, t);
        expect(d).toBeGreaterThan(0);
        expect(d).toBeLessThan(1);
        expect(simpleAnnualRate(d, t)).toBeCloseTo(rate, 9);
      }),
      { numRuns: 2000 },
    );
  });
});
