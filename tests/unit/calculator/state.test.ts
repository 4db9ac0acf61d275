import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultState, fromSearchParams, toSearchParams, MODES, type CalcState } from '../../../src/lib/calculator/state';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
import { METHODS } from '../../../src/lib/calculator/schedule';

const today = new Date(Date.UTC(2026, 10, 27));
const read = (query: string) => fromSearchParams(new URLSearchParams(query), today);

describe('reading the URL', () => {
  it('the decision tree’s partial links open a pre-filled form with defaults elsewhere', () => {
    const r = read('mode=installments&amount=150000');
    expect(r.state).toEqual({ ...defaultState(today), amount: '150000' });
    expect(r.fromUrl).toEqual(['amount']);
    const d = read('?mode=discount&amount=80000');
    expect(d.state.mode).toBe('discount');
    expect(d.state.keyRate).toBe('15,5');
    expect(d.state.start).toBe('2026-11-27');
  });

  it('reads every parameter of the product', () => {
    const r = read('mode=installments&amount=120000&downPct=25&n=3&every=quarter&start=2026-12-05&rate=12,5&method=equal-principal');
    expect(r.state).toMatchObject({ amount: '120000', down: '25', downUnit: 'pct', n: '3', every: 'quarter', start: '2026-12-05', rate: '12,5', method: 'equal-principal' });
    const d = read('mode=discount&amount=1&discount=500&discountDays=5&dueDays=45&keyRate=16');
    expect(d.state).toMatchObject({ discount: '500', discountUnit: 'rub', discountDays: '5', dueDays: '45', keyRate: '16' });
  });

  it('keeps unusable values for the form to show as errors, and reports unknown options', () => {
    const r = read('mode=loan&amount=abc&every=daily&method=x&n=-4');
    expect(r.state.amount).toBe('abc');
    expect(r.state.n).toBe('-4');
    expect(r.state.mode).toBe('installments');
    expect(r.unknownOption.sort()).toEqual(['every', 'method', 'mode']);
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.constantFrom('mode', 'amount', 'down', 'downPct', 'n', 'every', 'start', 'rate', 'method', 'discount', 'discountPct', 'discountDays', 'dueDays', 'keyRate', 'x'), fc.string()), (raw, dict) => {
        read(raw);
        const r = read(new URLSearchParams(dict).toString());
        expect(typeof r.state.amount).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});

const text = fc.string({ maxLength: 40 });
const states: fc.Arbitrary<CalcState> = fc.record({
  mode: fc.constantFrom(...MODES),
  amount: text,
  down: text,
  downUnit: fc.constantFrom('rub' as const, 'pct' as const),
  n: text,
  every: fc.constantFrom(...FREQUENCIES),
  start: text,
  rate: text,
  method: fc.constantFrom(...METHODS),
  discount: text,
  discountUnit: fc.constantFrom('rub' as const, 'pct' as const),
  discountDays: text,
  dueDays: text,
  keyRate: text,
});

describe('round trips', () => {
  it('state → URL → state gives the same state', () => {
    fc.assert(
      fc.property(states, (s) => {
        expect(fromSearchParams(new URLSearchParams(toSearchParams(s, today).toString()), today).state).toEqual(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('URL → state → URL gives the same URL (canonical form)', () => {
    fc.assert(
      fc.property(states, (s) => {
        const url = toSearchParams(s, today).toString();
        expect(toSearchParams(fromSearchParams(new URLSearchParams(url), today).state, today).toString()).toBe(url);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves defaults out but always keeps the dates of a schedule', () => {
    expect(toSearchParams({ ...defaultState(today), amount: '150000' }, today).toString()).toBe('mode=installments&amount=150000&start=2026-11-27');
    expect(toSearchParams({ ...defaultState(today), mode: 'discount', amount: '5' }, today).toString()).toBe('mode=discount&amount=5');
  });
});
