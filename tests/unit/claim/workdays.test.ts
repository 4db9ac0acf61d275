import { describe, expect, it } from 'vitest';
import { defaultState, fromSearchParams, toSearchParams, type ClaimState } from '../../../src/lib/claim/url-state';
import { checkClaim } from '../../../src/lib/claim/input-check';
import { calculateClaim } from '../../../src/lib/claim/calculate';

const TODAY = '2026-12-06';
const read = (q: string) => fromSearchParams(new URLSearchParams(q), TODAY);
/** The result of a link, as the calculator shows it. */
function resultOf(q: string) {
  const checked = checkClaim(read(q).state, TODAY);
  expect(checked.errors).toEqual({});
  return calculateClaim(checked.input!);
}

describe('ГК РФ ст. 193: a due date on a non-working day moves to the next working day', () => {
  it('100 000 ₽ due Saturday 15.06.2024, to 30.06.2024: 568,31 ₽ (13 days from 18.06), not 655,74 ₽', () => {
    const r = resultOf('debt=100000&due=2024-06-15&to=2024-06-30');
    expect(r.totals.interest).toBe(56_831);
    expect(r.rows.map((x) => [x.from, x.to, x.days])).toEqual([['2024-06-18', '2024-06-30', 13]]);
    expect(r.invoices[0]).toMatchObject({ due: '2024-06-15', payBy: '2024-06-17' });
  });

  it('workdays=0 turns the shift off: the link counts from 16.06 as before, 655,74 ₽', () => {
    const r = resultOf('debt=100000&due=2024-06-15&to=2024-06-30&workdays=0');
    expect(r.totals.interest).toBe(65_574);
    expect(r.invoices[0]?.payBy).toBe('2024-06-15');
  });

  it('leaves a due date on a working day alone, and moves each invoice by its own date', () => {
    const r = resultOf('debt=100000&due=2024-06-14&inv=2024-05-10:50000&to=2024-06-30');
    expect(r.invoices.map((i) => [i.due, i.payBy])).toEqual([
      ['2024-06-14', '2024-06-14'],
      ['2024-05-10', '2024-05-13'],
    ]);
  });

  it('moves the end of the limitation period and of the 30 days after the claim letter', () => {
    // 10.01.2023 + 3 years = Saturday 10.01.2026, inside the New Year days off → 12.01.2026.
    const r = resultOf('debt=100000&due=2023-01-10&to=2023-06-30');
    expect(r.deadlines.limitation.date).toBe('2026-01-12');
    expect(r.deadlines.limitation.how).toContain('10.01.2026 — нерабочий день');
    expect(resultOf('debt=100000&due=2023-01-10&to=2023-06-30&workdays=0').deadlines.limitation.date).toBe(
      '2026-01-10',
    );
    // Sent 10.05.2024: the 30th day is Sunday 09.06.2024 → Monday 10.06; the suit from 11.06.
    const s = resultOf('debt=100000&due=2024-05-01&to=2024-06-30&claimSent=2024-05-10');
    expect(s.deadlines.suit.date).toBe('2024-06-11');
    expect(
      resultOf('debt=100000&due=2024-05-01&to=2024-06-30&claimSent=2024-05-10&workdays=0').deadlines.suit.date,
    ).toBe('2024-06-10');
  });
});

describe('limitation while the court acts (ГК РФ ст. 204; Пленум № 43 п. 17–18)', () => {
  const base = 'debt=100000&due=2023-01-10&to=2023-06-30';

  it('order applied for 01.11.2025, cancelled 01.12.2025: less than 6 months left, so it ends 01.06.2026', () => {
    const r = resultOf(`${base}&orderFiled=2025-11-01&orderCancelled=2025-12-01`);
    expect(r.deadlines.limitation.date).toBe('2026-06-01');
    expect(r.deadlines.limitation.stop).toEqual({ from: '2025-11-01', to: '2025-12-01', extended: true });
    expect(r.deadlines.limitation.how).toContain('удлинён до 6 месяцев');
    expect(r.deadlines.limitation.how).toContain('pravo.gov.ru');
  });

  it('with more than 6 months left the stop is added: filed 03.06.2024, cancelled 01.07.2024 → 29.03.2027', () => {
    const r = resultOf('debt=100000&due=2024-03-01&to=2024-06-30&orderFiled=2024-06-03&orderCancelled=2024-07-01');
    expect(r.deadlines.limitation.date).toBe('2027-03-29');
    expect(r.deadlines.limitation.stop?.extended).toBe(false);
  });

  it('an order not cancelled stops the period: no end date; a suit in time likewise; one too late says so', () => {
    const pending = resultOf(`${base}&orderFiled=2025-11-01`);
    expect(pending.deadlines.limitation.date).toBeNull();
    expect(pending.deadlines.limitation.how).toContain('срок давности не течёт');
    const suit = resultOf(`${base}&orderFiled=2025-11-01&orderCancelled=2025-12-01&suitFiled=2026-05-20`);
    expect(suit.deadlines.limitation.date).toBeNull();
    const late = resultOf(`${base}&suitFiled=2026-02-01`);
    expect(late.deadlines.limitation.date).toBe('2026-01-12');
    expect(late.deadlines.limitation.how).toContain('уже после конца срока давности');
    const orderLate = resultOf(`${base}&orderFiled=2026-02-01`);
    expect(orderLate.deadlines.limitation.date).toBe('2026-01-12');
    expect(orderLate.deadlines.limitation.stop).toBeUndefined();
  });

  it('checks the dates: a cancellation needs the application, and comes after it', () => {
    const state = (over: Partial<ClaimState>) => ({ ...read(base).state, ...over });
    expect(checkClaim(state({ orderCancelled: '2025-12-01' }), TODAY).errors).toEqual({
      orderCancelled: 'cancel-without-order',
    });
    expect(checkClaim(state({ orderFiled: '2025-12-01', orderCancelled: '2025-11-01' }), TODAY).errors).toEqual({
      orderCancelled: 'cancel-before-order',
    });
    expect(checkClaim(state({ suitFiled: '2022-12-01', orderFiled: '2027-01-01' }), TODAY).errors).toEqual({
      suitFiled: 'court-before-due',
      orderFiled: 'court-future',
    });
  });
});

describe('the new parameters in the URL', () => {
  it('reads and writes workdays, orderFiled, orderCancelled and suitFiled; defaults are left out', () => {
    const q =
      'debt=100000&due=2023-01-10&to=2023-06-30&workdays=0&orderFiled=2025-11-01&orderCancelled=2025-12-01&suitFiled=2026-01-15';
    const r = read(q);
    expect(r.problems).toEqual({});
    expect(r.state).toMatchObject({
      workdays: '0',
      orderFiled: '2025-11-01',
      orderCancelled: '2025-12-01',
      suitFiled: '2026-01-15',
    });
    expect(toSearchParams(r.state).toString()).toBe(q);
    expect(defaultState(TODAY).workdays).toBe('1');
    expect(toSearchParams(read('debt=1&due=2025-01-01&to=2025-02-01&workdays=1').state).toString()).toBe(
      'debt=1&due=2025-01-01&to=2025-02-01',
    );
  });

  it('an unknown workdays value is reported and the shift stays on', () => {
    const r = read('debt=1&due=2025-01-01&workdays=yes');
    expect(r.problems).toEqual({ workdays: 'unknown-option' });
    expect(r.state.workdays).toBe('1');
  });
});
