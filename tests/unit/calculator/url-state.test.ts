import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultState,
  fromSearchParams,
  toSearchParams,
  MODES,
  type CalcState,
} from '../../../src/lib/calculator/url-state';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
import { METHODS } from '../../../src/lib/calculator/schedule';
import { parseMoney } from '../../../src/lib/money/kopecks';

const today = new Date(Date.UTC(2026, 10, 27));
const read = (query: string) => fromSearchParams(new URLSearchParams(query), today);

describe('reading the URL', () => {
  it('the decision tree’s partial links open a pre-filled form with defaults elsewhere', () => {
    const r = read('mode=installments&amount=150000');
    expect(r.state).toEqual({ ...defaultState(today), amount: '150\u00a0000' });
    expect(r.conflicts).toEqual({});
    expect(r.unknownOption).toEqual([]);
    expect(r.fromUrl).toEqual(['amount']);
    const d = read('?mode=discount&amount=80000');
    expect(d.state.mode).toBe('discount');
    expect(d.state.keyRate).toBe('14'); // the newest known rate, 27.07.2026
    expect(d.state.start).toBe('2026-11-27');
  });

  it('reads every parameter of the product', () => {
    const r = read(
      'mode=installments&amount=120000&downPct=25&n=3&every=quarter&start=2026-12-05&rate=12,5&method=equal-principal',
    );
    expect(r.state).toMatchObject({
      amount: '120\u00a0000',
      down: '25',
      downUnit: 'pct',
      n: '3',
      every: 'quarter',
      start: '2026-12-05',
      rate: '12,5',
      method: 'equal-principal',
    });
    const d = read('mode=discount&amount=1&discount=500&discountDays=5&dueDays=45&keyRate=16');
    expect(d.state).toMatchObject({
      discount: '500',
      discountUnit: 'rub',
      discountDays: '5',
      dueDays: '45',
      keyRate: '16',
    });
  });

  it('keeps unusable values for the form to show as errors, and reports unknown options', () => {
    const r = read('mode=loan&amount=abc&every=daily&method=x&n=-4');
    expect(r.state.amount).toBe('abc');
    expect(r.state.n).toBe('-4');
    expect(r.state.mode).toBe('installments');
    expect(r.unknownOption.sort()).toEqual(['every', 'method', 'mode']);
  });

  it('shows ₽ amounts from a link as a person would type them, and leaves what is not money as given', () => {
    expect(read('amount=600000').state.amount).toBe('600\u00a0000');
    expect(read('amount=1234567.89&down=5000,5').state).toMatchObject({
      amount: '1\u00a0234\u00a0567,89',
      down: '5\u00a0000,50',
      downUnit: 'rub',
    });
    expect(read('amount=abc&downPct=12.5').state).toMatchObject({ amount: 'abc', down: '12.5', downUnit: 'pct' });
    expect(read('mode=discount&discount=1500').state.discount).toBe('1\u00a0500');
  });

  it('reports a down payment or discount given both in ₽ and in %, and uses the ₽ value', () => {
    const r = read('amount=100000&down=1000&downPct=10');
    expect(r.conflicts).toEqual({ down: 'unit-conflict' });
    expect(r.state).toMatchObject({ down: '1\u00a0000', downUnit: 'rub' });
    expect(read('downPct=10&down=1000').conflicts).toEqual({ down: 'unit-conflict' });
    expect(read('mode=discount&discountPct=2&discount=500').conflicts).toEqual({ discount: 'unit-conflict' });
  });

  it('reports a parameter repeated with different values, and uses the first', () => {
    const r = read('amount=100&amount=200&n=3&n=3&mode=xyz&every=week&every=month');
    expect(r.state.amount).toBe('100');
    expect(r.conflicts).toEqual({ amount: 'url-duplicate', every: 'url-duplicate' });
    expect(r.unknownOption).toEqual(['mode']);
  });

  it('every unusable value in any URL is either used or reported', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('mode', 'every', 'method', 'down', 'downPct', 'discount', 'discountPct'),
          fc.string({ maxLength: 8 }),
        ),
        (dict) => {
          const r = read(new URLSearchParams(dict).toString());
          for (const f of ['mode', 'every', 'method'] as const)
            if (f in dict && r.state[f] !== dict[f]) expect(r.unknownOption).toContain(f);
          if ('down' in dict && 'downPct' in dict) expect(r.conflicts.down).toBe('unit-conflict');
          if ('discount' in dict && 'discountPct' in dict) expect(r.conflicts.discount).toBe('unit-conflict');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(
          fc.constantFrom(
            'mode',
            'amount',
            'down',
            'downPct',
            'n',
            'every',
            'start',
            'rate',
            'method',
            'discount',
            'discountPct',
            'discountDays',
            'dueDays',
            'keyRate',
            'x',
          ),
          fc.string(),
        ),
        (raw, dict) => {
          read(raw);
          const r = read(new URLSearchParams(dict).toString());
          expect(typeof r.state.amount).toBe('string');
        },
      ),
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
  it('state → URL → state gives the same state (₽ amounts come back with the same kopecks, formatted)', () => {
    const money = (v: string) => parseMoney(v, { allowZero: true });
    fc.assert(
      fc.property(states, (s) => {
        const back = fromSearchParams(new URLSearchParams(toSearchParams(s, today).toString()), today).state;
        expect({ ...back, amount: s.amount, down: s.down, discount: s.discount }).toEqual(s);
        const rub: [string, string, boolean][] = [
          [s.amount, back.amount, true],
          [s.down, back.down, s.downUnit === 'rub'],
          [s.discount, back.discount, s.discountUnit === 'rub'],
        ];
        for (const [was, now, isRub] of rub) {
          const m = money(was);
          if (isRub && m.ok && was !== '') expect(money(now)).toEqual(m);
          else if (!(isRub && m.ok)) expect(now).toBe(was);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('typed amounts go into the link as plain numbers', () => {
    const q = toSearchParams({ ...defaultState(today), amount: '1 234 567,89 ₽', down: '5 000' }, today).toString();
    expect(q).toBe('mode=installments&amount=1234567.89&down=5000&start=2026-11-27');
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
    expect(toSearchParams({ ...defaultState(today), amount: '150000' }, today).toString()).toBe(
      'mode=installments&amount=150000&start=2026-11-27',
    );
    expect(toSearchParams({ ...defaultState(today), mode: 'discount', amount: '5' }, today).toString()).toBe(
      'mode=discount&amount=5',
    );
  });
});
