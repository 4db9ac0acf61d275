import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../../src/lib/calculator/worked-examples';

describe('the worked examples under the calculator', () => {
  const ex = workedExamples();
  it('show the end-of-month rule and the kopeck in the last payment', () => {
    expect(ex.plain.rows.map((r) => r.date)).toEqual(['31.01.2027', '28.02.2027', '31.03.2027']);
    expect(ex.plain.schedule.rows.map((r) => r.payment)).toEqual([3_333_333, 3_333_333, 3_333_334]);
  });
  it('charge interest in the annuity example and state the 2/10 net 30 check value', () => {
    expect(ex.annuity.schedule.overpayment).toBeGreaterThan(0);
    expect(ex.discount.text).toContain('37,24');
    expect(ex.discount.text).toContain('44,59');
    expect(ex.keyRate).toEqual({ rate: '15,5\u00a0%', iso: '2026-02-16', date: '16.02.2026' });
  });
});
