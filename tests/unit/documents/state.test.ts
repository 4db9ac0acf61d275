import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseDebt } from '../../../src/lib/documents/case-debt';
import { checkForm, formErrors } from '../../../src/lib/documents/input-check';
import { emptyStored, readRecon } from '../../../src/lib/documents/stored-state';
import { readStored } from '../../../src/lib/documents/stored-read';
import { readDocUrl, withDoc } from '../../../src/lib/documents/url-state';
import { readScheduleUrl } from '../../../src/lib/documents/installment-url';
import { agreementText } from '../../../src/lib/calculator/export-text';
import { fromSearchParams } from '../../../src/lib/calculator/url-state';
import { calculatorParams } from '../../../src/lib/calculator/url-params';
import { readInstallments } from '../../../src/lib/calculator/input-check';
import { buildSchedule } from '../../../src/lib/calculator/schedule';
import { ME, date, day } from './fixtures';

const TODAY = day('2026-11-30');
/** The same day as the payment calculator takes it. */
const TODAY_DATE = date('2026-11-30');

describe('the URL', () => {
  it('reads the claim calculator’s debt, invoices, payments and dates', () => {
    const u = readDocUrl(
      new URLSearchParams(
        'doc=claim&debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30&debtor=ip&claimSent=2026-11-20',
      ),
      TODAY,
    );
    expect(u.doc).toBe('claim');
    expect(u.debt?.invoices).toEqual([
      { due: day('2026-10-15'), amount: 6000000 },
      { due: day('2026-11-10'), amount: 5888799 },
    ]);
    expect(u.debt?.payments).toEqual([{ date: day('2026-11-01'), amount: 1000000 }]);
    expect(u.debt?.claimSent).toEqual(day('2026-11-20'));
    expect(u.debtorKind).toBe('ip');
    expect(u.problems).toEqual([]);
  });
  it('reports what it cannot read and never throws', () => {
    const u = readDocUrl(new URLSearchParams('doc=letter&debt=abc&inv=2026-13-01:5&to=yesterday'), TODAY);
    expect(u.doc).toBe('claim');
    expect(u.problems).toEqual(expect.arrayContaining(['unknown-doc', 'bad-debt', 'bad-line', 'bad-date']));
    expect(u.debt).toBeNull();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('doc', 'debt', 'due', 'inv', 'pay', 'to', 'amount', 'n', 'start', 'rate', 'x'),
            fc.string(),
          ),
        ),
        (pairs) => {
          const params = new URLSearchParams([['doc', 'installment'], ...pairs]);
          expect(() => readDocUrl(params, TODAY)).not.toThrow();
        },
      ),
    );
  });
  it('gives the same schedule as the payment calculator for the same link', () => {
    const query = 'mode=installments&amount=108887.99&n=3&every=month&start=2026-12-10&rate=12&method=equal-principal';
    const params = new URLSearchParams(`doc=installment&${query}`);
    expect(readDocUrl(params, TODAY).hasSchedule).toBe(true);
    const plan = readScheduleUrl(params, TODAY);
    const calc = readInstallments(fromSearchParams(new URLSearchParams(query), TODAY_DATE).state, TODAY_DATE);
    if (!calc.input || !plan) throw new Error('both should read');
    expect(plan.schedule).toEqual(buildSchedule(calc.input));
    expect(agreementText(plan.input, plan.schedule)).toBe(agreementText(calc.input, buildSchedule(calc.input)));
    expect(readScheduleUrl(new URLSearchParams('amount=abc'), TODAY)).toBeNull();
  });
  it('keeps a schedule that has already started', () => {
    const plan = readScheduleUrl(new URLSearchParams('doc=installment&amount=3000&n=3&start=2026-10-01'), TODAY);
    expect(plan?.schedule.rows[0]?.date).toEqual(date('2026-10-01'));
  });
  it('switching documents keeps the tools’ parameters and drops anything else', () => {
    const p = withDoc(
      new URLSearchParams('doc=claim&debt=5&inv=2026-01-01:1&inv=2026-02-01:2&name=Иванов&inn=7707083893'),
      'court-order',
    );
    expect(p.toString()).toBe('doc=court-order&debt=5&inv=2026-01-01%3A1&inv=2026-02-01%3A2');
    expect(calculatorParams(new URLSearchParams('doc=installment&amount=5&n=2&debt=1')).toString()).toBe(
      'amount=5&n=2',
    );
  });
  it('reads a payment to a named invoice and dates as a person types them, as the claim calculator does', () => {
    const u = readDocUrl(
      new URLSearchParams('doc=reminder&debt=60000&due=15.10.2026&inv=2026-11-10:58887.99&pay=2026-11-01:10000:2'),
      TODAY,
    );
    expect(u.problems).toEqual([]);
    expect(u.debt?.invoices[0]).toEqual({ due: day('2026-10-15'), amount: 6000000 });
    expect(u.debt?.payments).toEqual([{ date: day('2026-11-01'), amount: 1000000 }]);
    expect(readDocUrl(new URLSearchParams('debt=1&due=2026-01-01&pay=2026-01-01:0'), TODAY).problems).toEqual([
      'bad-line',
    ]);
  });
  it('keeps the payment calculator’s old links: `rate` without a colon is its interest, with one a key-rate row', () => {
    const old = new URLSearchParams('doc=installment&amount=5000&n=2&rate=12&rate=2026-09-01:16.5');
    expect(calculatorParams(old).toString()).toBe('amount=5000&n=2&interest=12');
    expect(fromSearchParams(old, TODAY_DATE).state.rate).toBe('12');
    expect(fromSearchParams(new URLSearchParams('interest=9&rate=12'), TODAY_DATE).state.rate).toBe('9');
  });
});

describe('stored data', () => {
  it('round-trips and reads damaged or foreign data as an empty form', () => {
    const s = { ...emptyStored(), me: ME };
    expect(readStored(JSON.stringify(s))).toEqual(s);
    expect(readStored(null)).toEqual(emptyStored());
    expect(readStored('{oops')).toEqual(emptyStored());
    expect(readStored('{"version":2}')).toEqual(emptyStored());
    const odd = readStored(
      JSON.stringify({
        version: 1,
        me: { kind: 'alien', name: 5, bank: 'x' },
        recon: { lines: [{ side: 'credit', amount: '5' }, 7] },
      }),
    );
    expect(odd.me.kind).toBe('company');
    expect(odd.me.name).toBe('');
    expect(odd.recon.lines).toEqual([{ date: '', doc: '', amount: '5', side: 'credit' }]);
  });
  it('reads whatever is stored without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => readStored(JSON.stringify({ version: 1, me: v, debtor: v, details: v, recon: v }))).not.toThrow();
      }),
    );
  });
  it('takes the current case’s debt from its amount and due date when it has no calculation', () => {
    const c = { client: 'ООО «Ромашка»', amount: 5000000, dueDate: '2026-10-15' };
    expect(caseDebt(c, TODAY)?.invoices).toEqual([{ due: day('2026-10-15'), amount: 5000000 }]);
    expect(caseDebt(null, TODAY)).toBeNull();
    expect(caseDebt({ client: 'x', amount: null, dueDate: '' }, TODAY)).toBeNull();
  });
});

describe('input checks', () => {
  it('flags a wrong digit next to the field and leaves empty fields alone', () => {
    const s = emptyStored();
    expect(checkForm(s)).toEqual({});
    s.me = {
      ...ME,
      inn: '7707083894',
      bank: { ...ME.bank, account: '40702810627060018755', corr: '30101810145250000412' },
    };
    s.debtor = { ...s.debtor, kind: 'ip', inn: '7707083893', ogrn: '315745200001358' };
    s.details.contractDate = '2026-02-30';
    s.details.payDays = 'десять';
    s.recon.lines = [{ date: '', doc: '', amount: 'много', side: 'debit' }];
    expect(checkForm(s)).toEqual({
      'me.inn': 'inn-checksum',
      'me.bank.account': 'account-key',
      'me.bank.corr': 'corr-bik',
      'debtor.inn': 'inn-person-length',
      'details.contractDate': 'date',
      'details.payDays': 'whole-number',
      'recon.lines.0.amount': 'amount',
    });
    expect(formErrors(s)['me.inn']).toEqual({
      code: 'inn-checksum',
      text: expect.stringContaining('контрольная цифра') as string,
    });
  });
  it('asks for the БИК when an account is typed without it, and still checks the corr. account’s form', () => {
    const s = emptyStored();
    s.me = { ...ME, bank: { ...ME.bank, bik: '', corr: '3010181014525000041' } };
    expect(checkForm(s)).toEqual({ 'me.bank.bik': 'bik-missing', 'me.bank.corr': 'corr-format' });
    expect(formErrors(s)['me.bank.bik']?.text).toBe(
      'Укажите БИК банка: без него реквизиты неполные и счета не проверить.',
    );
    s.me = { ...ME, bank: { ...ME.bank, bik: '', account: '', corr: '30101810145250000411' } };
    expect(checkForm(s)).toEqual({ 'me.bank.bik': 'bik-missing' });
  });
  it('accepts the Treasury’s requisites and refuses an ИНН of zeros', () => {
    const s = emptyStored();
    s.debtor = {
      ...s.debtor,
      inn: '0000000000',
      bank: {
        account: '03100643000000017300',
        bank: 'ГУ Банка России по ЦФО',
        bik: '004525988',
        corr: '40102810545370000003',
      },
    };
    expect(checkForm(s)).toEqual({ 'debtor.inn': 'inn-zero' });
  });
  it('reads the reconciliation lines and a negative opening balance', () => {
    const s = emptyStored();
    s.recon = {
      opening: '-1 000',
      from: '',
      to: '',
      lines: [
        { date: '2026-10-01', doc: 'Акт № 1', amount: '5 000,50', side: 'debit' },
        { date: '', doc: '', amount: '', side: 'credit' },
      ],
    };
    expect(readRecon(s)).toEqual({
      opening: -100000,
      from: '',
      to: '',
      lines: [{ date: '2026-10-01', doc: 'Акт № 1', amount: 500050, side: 'debit' }],
    });
  });
});
