import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseDaysOrDate,
  parseWholeNumber,
  readDiscount,
  readInstallments,
  ERROR_MESSAGES,
} from '../../../src/lib/calculator/input-check';
import { defaultState, type CalcState } from '../../../src/lib/calculator/url-state';

const today = new Date(Date.UTC(2026, 10, 27));
const form = (over: Partial<CalcState>): CalcState => ({ ...defaultState(today), amount: '150 000', ...over });

describe('readInstallments', () => {
  it('accepts what people type and builds the input', () => {
    const r = readInstallments(
      form({ down: '10 %', downUnit: 'pct', n: ' 5 ', rate: '12,5', start: '05.12.2026' }),
      today,
    );
    expect(r.errors).toEqual({});
    expect(r.input).toMatchObject({
      amount: 15_000_000,
      down: 1_500_000,
      n: 5,
      rateBp: 1250,
      every: 'month',
      method: 'annuity',
    });
    expect(r.input?.start.toISOString().slice(0, 10)).toBe('2026-12-05');
  });

  it.each<[Partial<CalcState>, string, string]>([
    [{ amount: '' }, 'amount', 'empty'],
    [{ amount: '-5' }, 'amount', 'negative'],
    [{ amount: '0' }, 'amount', 'zero'],
    [{ amount: '10,555' }, 'amount', 'too-many-decimals'],
    [{ down: '150000' }, 'down', 'down-too-large'],
    [{ down: '100', downUnit: 'pct' }, 'down', 'down-too-large'],
    [{ down: 'много' }, 'down', 'not-a-number'],
    [{ n: '' }, 'n', 'empty'],
    [{ n: '2,5' }, 'n', 'whole-number'],
    [{ n: '0' }, 'n', 'payments-range'],
    [{ n: '121' }, 'n', 'payments-range'],
    [{ amount: '100', n: '120' }, 'n', 'payments-too-small'],
    [{ start: '' }, 'start', 'empty'],
    [{ start: '2026-02-30' }, 'start', 'date'],
    [{ start: '2026-11-26' }, 'start', 'date-past'],
    [{ start: '2037-01-01' }, 'start', 'date-too-far'],
    [{ rate: '101' }, 'rate', 'rate-too-high'],
    [{ rate: '-1' }, 'rate', 'negative'],
  ])('%j → %s: %s', (over, field, code) => {
    const r = readInstallments(form(over), today);
    expect(r.errors).toMatchObject({ [field]: code });
    expect(r.input).toBeNull();
  });

  it('today is a valid first date', () => {
    expect(readInstallments(form({ start: '2026-11-27' }), today).errors).toEqual({});
  });
});

describe('readDiscount', () => {
  const disc = (over: Partial<CalcState>) =>
    readDiscount(form({ mode: 'discount', amount: '100 000', ...over }), today);

  it('reads the defaults: 2 % within 10 days, otherwise 30, key rate 14 % (the newest known)', () => {
    expect(disc({}).input).toEqual({
      amount: 10_000_000,
      discount: 200_000,
      fraction: 0.02,
      discountDays: 10,
      dueDays: 30,
      keyRateBp: 1400,
    });
  });

  it('takes a discount in rubles and days as dates', () => {
    const r = disc({ discount: '1 500 ₽', discountUnit: 'rub', discountDays: '07.12.2026', dueDays: '27.12.2026' });
    expect(r.input).toMatchObject({ discount: 150_000, fraction: 0.015, discountDays: 10, dueDays: 30 });
  });

  it.each<[Partial<CalcState>, string, string]>([
    [{ discount: '0' }, 'discount', 'zero'],
    [{ discount: '51' }, 'discount', 'discount-too-large'],
    [{ discount: '60 000', discountUnit: 'rub' }, 'discount', 'discount-too-large'],
    [{ discount: '2,345' }, 'discount', 'too-many-decimals'],
    [{ discountDays: '' }, 'discountDays', 'empty'],
    [{ discountDays: 'скоро' }, 'discountDays', 'days-or-date'],
    [{ discountDays: '01.11.2026' }, 'discountDays', 'date-past'],
    [{ discountDays: '-3' }, 'discountDays', 'negative'],
    [{ dueDays: '10' }, 'dueDays', 'due-before-discount'],
    [{ dueDays: '0', discountDays: '0' }, 'dueDays', 'zero'],
    [{ dueDays: '5000' }, 'dueDays', 'days-too-many'],
    [{ keyRate: '' }, 'keyRate', 'empty'],
    [{ keyRate: '0' }, 'keyRate', 'zero'],
    [{ keyRate: '150' }, 'keyRate', 'rate-too-high'],
  ])('%j → %s: %s', (over, field, code) => {
    const r = disc(over);
    expect(r.errors).toMatchObject({ [field]: code });
    expect(r.input).toBeNull();
  });

  it('a discount that rounds to less than a kopeck is refused', () => {
    expect(disc({ amount: '0,10', discount: '1' }).errors).toEqual({ discount: 'discount-rounds-to-zero' });
  });
});

describe('percentage fields explain themselves with percentages', () => {
  it('not a number in a rate or share field gets percentage examples, not money ones', () => {
    const d = readDiscount(
      { ...defaultState(today), mode: 'discount', amount: '1000', keyRate: 'abc', discount: 'x' },
      today,
    ).errors;
    expect(d.keyRate).toBe('not-a-percent');
    expect(d.discount).toBe('not-a-percent');
    const i = readInstallments(
      { ...defaultState(today), amount: '1000', rate: 'много', down: 'x', downUnit: 'pct' },
      today,
    ).errors;
    expect(i.rate).toBe('not-a-percent');
    expect(i.down).toBe('not-a-percent');
    expect(ERROR_MESSAGES['not-a-percent']).not.toMatch(/000/);
    // A ruble amount still gets money examples.
    expect(readInstallments({ ...defaultState(today), amount: 'abc' }, today).errors.amount).toBe('not-a-number');
  });
});

describe('small parsers', () => {
  it('whole numbers', () => {
    expect(parseWholeNumber(' 1 000 ')).toBe(1000);
    expect(parseWholeNumber('1.5')).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
  });
  it('days or a date', () => {
    expect(parseDaysOrDate('10', today)).toEqual({ days: 10 });
    expect(parseDaysOrDate('27.11.2026', today)).toEqual({ days: 0 });
    expect(parseDaysOrDate('01.01.2040', today)).toEqual({ error: 'days-too-many' });
  });
});

describe('any form, any strings', () => {
  it('never throws, and every error has a message', () => {
    const s = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.record({
          amount: s,
          down: s,
          n: s,
          start: s,
          rate: s,
          discount: s,
          discountDays: s,
          dueDays: s,
          keyRate: s,
        }),
        fc.boolean(),
        (typed, pct) => {
          const state = form({ ...typed, downUnit: pct ? 'pct' : 'rub', discountUnit: pct ? 'rub' : 'pct' });
          for (const r of [readInstallments(state, today), readDiscount(state, today)]) {
            for (const code of Object.values(r.errors)) expect(ERROR_MESSAGES[code]).toBeTruthy();
            expect(r.input === null).toBe(Object.keys(r.errors).length > 0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
