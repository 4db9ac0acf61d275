import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultState, fromSearchParams, toSearchParams } from '../../../src/lib/claim/url-state';
import { checkClaim, parsePerDay } from '../../../src/lib/claim/input-check';
import { calculateClaim } from '../../../src/lib/claim/calculate';

const TODAY = '2026-11-30';
const read = (q: string) => fromSearchParams(new URLSearchParams(q), TODAY);

describe('the claim calculator’s URL', () => {
  it('reads every parameter the issue names', () => {
    const r = read(
      'debt=150000.5&due=2025-03-10&inv=2025-04-10:50000&to=2025-06-30&pay=2025-04-01:30000&pay=2025-05-01:1000:2' +
        '&kind=penalty&penalty=0.1&cap=10&moratorium=off&debtor=ip&claimSent=2025-05-15&rate=2026-10-01:13.5',
    );
    expect(r.problems).toEqual({});
    expect(r.state).toEqual({
      debt: '150\u00a0000,50',
      due: '2025-03-10',
      arose: '',
      invoices: [{ due: '2025-04-10', amount: '50\u00a0000', arose: '' }],
      to: '2025-06-30',
      payments: [
        { date: '2025-04-01', amount: '30\u00a0000', invoice: '' },
        { date: '2025-05-01', amount: '1\u00a0000', invoice: '2' },
      ],
      kind: 'penalty',
      penalty: '0,1',
      cap: '10',
      moratorium: 'off',
      debtor: 'ip',
      claimSent: '2025-05-15',
      rates: [{ date: '2026-10-01', percent: '13,5' }],
      workdays: '1',
      orderFiled: '',
      orderCancelled: '',
      suitFiled: '',
    });
    expect(r.fromUrl).toEqual(
      expect.arrayContaining(['debt', 'due', 'inv.0.amount', 'pay.1.invoice', 'rate.0.percent', 'claimSent']),
    );
  });

  it('writes the state back to the same link', () => {
    const q =
      'debt=150000.5&due=2025-03-10&inv=2025-04-10%3A50000&to=2025-06-30&pay=2025-04-01%3A30000&pay=2025-05-01%3A1000%3A2' +
      '&kind=penalty&penalty=0.1&cap=10&moratorium=off&debtor=ip&claimSent=2025-05-15&rate=2026-10-01%3A13.5';
    expect(toSearchParams(read(q).state).toString()).toBe(q);
  });

  it('reads and writes when the debt arose: «arose» for the first, a third part of «inv» for the others', () => {
    const q =
      'debt=100000&due=2022-04-10&arose=2022-03-20&inv=2022-05-10%3A5000%3A2022-03-01&inv=2022-06-01%3A7000&to=2022-12-31';
    const r = read(q);
    expect(r.problems).toEqual({});
    expect(r.state.arose).toBe('2022-03-20');
    expect(r.state.invoices).toEqual([
      { due: '2022-05-10', amount: '5\u00a0000', arose: '2022-03-01' },
      { due: '2022-06-01', amount: '7\u00a0000', arose: '' },
    ]);
    expect(r.fromUrl).toEqual(expect.arrayContaining(['arose', 'inv.0.arose']));
    expect(toSearchParams(r.state).toString()).toBe(q);
    // Typed as ДД.ММ.ГГГГ, written as ISO.
    expect(toSearchParams({ ...r.state, arose: '20.03.2022' }).get('arose')).toBe('2022-03-20');
    // A link made before the parameter existed reads with an empty date.
    expect(read('debt=1&due=2022-04-10&inv=2022-05-10:5000').state.invoices[0]?.arose).toBe('');
  });

  it('a plan’s link (debt and due only) counts to today with the defaults', () => {
    const r = read('debt=300000&due=2026-09-01');
    expect(r.state).toEqual({ ...defaultState(TODAY), debt: '300\u00a0000', due: '2026-09-01' });
    expect(toSearchParams(r.state).toString()).toBe('debt=300000&due=2026-09-01&to=2026-11-30');
  });

  it('a blank end date («to=%20») counts to today, as a missing one does, and the link says so', () => {
    const r = read('debt=300000&due=2026-09-01&to=%20');
    expect(r.state.to).toBe(TODAY);
    expect(toSearchParams(r.state).toString()).toBe('debt=300000&due=2026-09-01&to=2026-11-30');
  });

  it('reports every value it cannot use, by input', () => {
    const r = read(
      'kind=interest&debtor=ooo&moratorium=yes&debt=1&debt=2&pay=2025-01-01&rate=abc&inv=2025-01-01:1:2022-01-01:2',
    );
    expect(r.problems).toEqual({
      kind: 'unknown-option',
      debtor: 'unknown-option',
      moratorium: 'unknown-option',
      debt: 'url-duplicate',
      'pay.0.date': 'url-item',
      'rate.0.date': 'url-item',
      'inv.0.due': 'url-item',
    });
    expect(r.state.kind).toBe('395');
    expect(r.state.debt).toBe('1');
  });

  it('never throws and always round-trips whatever the query holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('debt', 'due', 'arose', 'inv', 'pay', 'rate', 'kind', 'to', 'cap', 'x'),
            fc.string(),
          ),
          {
            maxLength: 12,
          },
        ),
        (pairs) => {
          const once = fromSearchParams(new URLSearchParams(pairs), TODAY).state;
          checkClaim(once, TODAY);
          const twice = fromSearchParams(toSearchParams(once), TODAY).state;
          expect(toSearchParams(twice).toString()).toBe(toSearchParams(once).toString());
        },
      ),
      // A percentage that is only «%» or spaces once wrote «cap=» and read back as nothing.
      { examples: [[[['cap', '%']]], [[['penalty', ' % ']]]] },
    );
  });
});

describe('checking what was typed', () => {
  const ok = { ...defaultState(TODAY), debt: '100 000', due: '2025-03-10', to: '2025-04-30' };

  it('gives a calculation input when every value reads', () => {
    const c = checkClaim(
      { ...ok, due: '10.03.2025', payments: [{ date: '2025-04-01', amount: '1 000,50', invoice: '' }] },
      TODAY,
    );
    expect(c.errors).toEqual({});
    expect(c.input).toMatchObject({
      invoices: [{ amount: 10_000_000, due: '2025-03-10' }],
      payments: [{ date: '2025-04-01', amount: 100_050 }],
      to: '2025-04-30',
    });
    expect(calculateClaim(c.input!).totals.debtLeft).toBe(10_000_000 - 100_050);
  });

  it('names each input that cannot be used, and computes nothing then', () => {
    const c = checkClaim(
      {
        ...ok,
        debt: '0',
        due: '2025-13-01',
        invoices: [{ amount: 'много', due: '2025-05-10', arose: '' }],
        payments: [{ date: '', amount: '-5', invoice: '3' }],
        kind: 'penalty',
        penalty: '0,12345',
        cap: '0',
        claimSent: '2027-01-01',
        rates: [
          { date: '2026-01-01', percent: '12' },
          { date: '2026-10-01', percent: '120' },
          { date: '2026-10-01', percent: '12' },
        ],
      },
      TODAY,
    );
    expect(c.input).toBeNull();
    expect(c.errors).toEqual({
      debt: 'zero',
      due: 'date',
      'inv.0.amount': 'not-a-number',
      'inv.0.due': 'due-after-end',
      'pay.0.date': 'empty',
      'pay.0.amount': 'negative',
      'pay.0.invoice': 'unknown-invoice',
      penalty: 'too-many-decimals-penalty',
      cap: 'zero',
      claimSent: 'claim-future',
      'rate.0.date': 'rate-inside-table',
      'rate.1.percent': 'rate-too-high',
      'rate.2.date': 'rate-duplicate',
    });
  });

  it('refuses ст. 395 days before 01.08.2016 at the due date, a far end date and a claim before the due date', () => {
    const c = checkClaim({ ...ok, due: '2016-07-30', to: '2028-01-01', claimSent: '2016-07-01' }, TODAY);
    expect(c.errors).toEqual({ due: 'due-before-rates', to: 'end-too-far', claimSent: 'claim-before-due' });
    // Due 31.07.2016: interest from 01.08.2016, the first day of the key rate for ст. 395.
    expect(checkClaim({ ...ok, due: '2016-07-31' }, TODAY).errors).toEqual({});
    // An earlier invoice is marked at its own due date; the other fields keep their values.
    const several = checkClaim({ ...ok, invoices: [{ amount: '1 000', due: '2015-12-31', arose: '' }] }, TODAY);
    expect(several.errors).toEqual({ 'inv.0.due': 'due-before-rates' });
    // A penalty needs no key rate.
    expect(checkClaim({ ...ok, due: '2015-11-01', kind: 'penalty', penalty: '0,1' }, TODAY).errors).toEqual({});
  });

  it('passes when the debt arose on to the calculation, and marks a date that does not read', () => {
    const c = checkClaim({ ...ok, due: '2022-04-10', arose: '20.03.2022', to: '2022-12-31' }, TODAY);
    expect(c.errors).toEqual({});
    expect(c.input?.invoices).toEqual([{ amount: 10_000_000, due: '2022-04-10', arose: '2022-03-20' }]);
    expect(checkClaim({ ...ok, arose: '2025-02-30' }, TODAY).errors).toEqual({ arose: 'date' });
  });

  it('warns about a payment after the end date but still counts', () => {
    const c = checkClaim({ ...ok, payments: [{ date: '2025-06-01', amount: '1000', invoice: '1' }] }, TODAY);
    expect(c.warnings).toEqual({ 'pay.0.date': 'pay-after-end' });
    expect(c.input?.payments[0]).toEqual({ date: '2025-06-01', amount: 100_000, invoice: 0 });
  });

  it.each([
    ['0,1', 1000],
    ['0.05 %', 500],
    ['0,0533', 533],
    ['10', 100_000],
  ])('reads a penalty of %s %% per day', (text, value) => {
    expect(parsePerDay(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not-a-percent'],
    ['-1', 'negative'],
    ['0', 'zero'],
    ['10,0001', 'penalty-too-high'],
    ['1234', 'penalty-too-high'],
  ])('refuses a penalty of «%s»: %s', (text, error) => {
    expect(parsePerDay(text)).toEqual({ ok: false, error });
  });
});
