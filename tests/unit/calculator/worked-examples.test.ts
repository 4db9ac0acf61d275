import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../../src/lib/calculator/worked-examples';

describe('the worked examples under the calculator', () => {
  const ex = workedExamples();
  it('show the end-of-month rule and the kopeck in the last payment', () => {
    expect(ex.plain.rows.map((r) => r.date)).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
    expect(ex.plain.schedule.rows.map((r) => r.payment)).toEqual([3_333_333, 3_333_333, 3_333_334]);
  });
  it('charge interest in the annuity example and state the check value of 2 % for paying in 10 days instead of 30', () => {
    // Hand-checked: 100 000 × 0,01 ÷ (1 − 1,01^−3) ÷ 1,01 = 33 665,56 ₽; interest 0, then 66 334,44 × 1 % = 663,34
    // and 33 332,22 × 1 % = 333,32 ₽; the last payment is 33 332,22 + 333,32 = 33 665,54 ₽.
    expect(ex.annuity.schedule.rows.map((r) => [r.payment, r.interest, r.remaining])).toEqual([
      [3_366_556, 0, 6_633_444],
      [3_366_556, 66_334, 3_333_222],
      [3_366_554, 33_332, 0],
    ]);
    expect(ex.annuity.schedule.overpayment).toBe(99_666);
    expect(ex.discount.text).toContain('37,24');
    expect(ex.discount.text).toContain('44,59');
    expect(ex.discount.text).not.toMatch(/net|\d\/\d/); // written in words, as Russian letters do
    expect(ex.keyRate).toEqual({
      rate: '14\u00a0%',
      iso: '2026-07-27',
      date: '27.07.2026',
      source: ' (по данным вторичных источников — сверьте с сайтом Банка России, cbr.ru)',
      asOf: 'Таблица ставок — по состоянию на 30.11.2026.',
    });
  });
});
