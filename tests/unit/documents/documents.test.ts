import { describe, expect, it } from 'vitest';
import { reminder } from '../../../src/lib/documents/reminder';
import { guarantee } from '../../../src/lib/documents/guarantee';
import { installment } from '../../../src/lib/documents/installment';
import { reconTotals, reconciliation } from '../../../src/lib/documents/reconciliation';
import { renderText } from '../../../src/lib/documents/render-text';
import { emptyDetails, emptyParty } from '../../../src/lib/documents/inputs';
import { agreementText } from '../../../src/lib/calculator/export-text';
import { formatRub } from '../../../src/lib/money/kopecks';
import { dayOfUtcDate, formatDay } from '../../../src/lib/date/day';
import { fullInput } from './fixtures';

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const DEBT_WORDS = '108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек';

describe('reminder', () => {
  const doc = reminder(fullInput());
  const t = text(renderText(doc));
  it('is addressed to the debtor’s head in the dative and signed by the user', () => {
    expect(doc.header.slice(0, 3).map(text)).toEqual(['Генеральному директору', 'ООО «Ромашка»', 'Иванову И. И.']);
    expect(doc.signatures[0]).toMatchObject({ org: 'ООО «Лютик»', position: 'Генеральный директор' });
    expect(text(doc.signatures[0]?.name ?? '')).toBe('А. С. Смирнова');
  });
  it('names the contract, each invoice’s due date, the debt left in figures and words, the documents and the bank', () => {
    expect(t).toContain('договору № 12/2026 от 01.09.2026');
    expect(t).toContain('на сумму 60 000,00 ₽ — не позднее 15.10.2026');
    expect(t).toContain('на сумму 58 887,99 ₽ — не позднее 10.11.2026');
    expect(t).toContain(DEBT_WORDS);
    expect(t).toContain('акт № 18 от 01.11.2026');
    expect(t).toContain('р/с 40702810627060018754 в Банк ВТБ (ПАО), БИК 044525411, к/с 30101810145250000411');
    expect(doc.dateLine).toBe('30 ноября 2026 г.');
  });
  it('has a short message with the amount and greets the person by name, without gendered words', () => {
    expect(text(doc.message ?? '')).toContain(
      '15.10.2026 — 60 000,00 ₽, 10.11.2026 — 58 887,99 ₽; всего к оплате 108 887,99 ₽',
    );
    expect(doc.message).toContain('Здравствуйте, Иван Иванович!');
    expect(t).not.toMatch(/Уважаем(ый|ая)/);
  });
  it('shows blanks where nothing is known', () => {
    const bare = renderText(
      reminder(fullInput({ debt: null, me: emptyParty('company'), debtor: emptyParty('ip'), details: emptyDetails() })),
    );
    expect(bare).toContain('[сумма]');
    expect(bare).toContain('[номер]');
    expect(bare).toContain('Индивидуальному предпринимателю');
    expect(bare).toContain('Здравствуйте!');
  });
});

describe('guarantee letter', () => {
  const doc = guarantee(fullInput());
  const t = text(renderText(doc));
  it('is from the debtor to the user and names the debt and the date', () => {
    expect(doc.header.map(text)).toContain('Генеральному директору');
    expect(doc.header.map(text)).toContain('Смирновой А. С.');
    expect(doc.header.map(text)).toContain('от ООО «Ромашка»');
    expect(t).toContain(
      `ООО «Ромашка» (ИНН 7702070139, ОГРН 1027739609391) подтверждает задолженность перед ООО «Лютик»`,
    );
    expect(t).toContain(DEBT_WORDS);
    expect(t).toContain('в срок до 20.12.2026 включительно');
    expect(text(doc.signatures[0]?.name ?? '')).toBe('И. И. Иванов');
  });
});

describe('instalment agreement', () => {
  const input = fullInput();
  const doc = installment(input);
  const t = text(renderText(doc));
  const plan = input.installment;
  it('acknowledges the debt (ГК РФ ст. 203) in figures and words', () => {
    expect(t).toContain(
      'Должник признаёт задолженность перед Кредитором по Договору в размере 108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек',
    );
    expect(t).toContain('статья 203 Гражданского кодекса РФ');
  });
  it('carries the calculator’s schedule: the same dates and amounts as its agreement text', () => {
    if (!plan) throw new Error('fixture has a plan');
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => [r[1], r[r.length - 1]])).toEqual(
      plan.schedule.rows.map((r) => [formatDay(dayOfUtcDate(r.date)), formatRub(r.payment)]),
    );
    const calc = agreementText(plan.input, plan.schedule);
    for (const r of plan.schedule.rows)
      expect(calc).toContain(`${formatDay(dayOfUtcDate(r.date))} — ${formatRub(r.payment)}`);
    expect(table?.kind === 'table' && table.total?.at(-1)).toBe(formatRub(plan.schedule.totalPaid));
  });
  it('says what happens when a payment is missed and is signed by both parties', () => {
    expect(t).toContain('пропустит срок очередного платежа');
    expect(doc.signatures.map((s) => s.party)).toEqual(['Кредитор', 'Должник']);
  });
  it('leaves the schedule blank without a calculation', () => {
    expect(renderText(installment(fullInput({ installment: null })))).toContain('составьте график в калькуляторе');
  });
});

describe('reconciliation act', () => {
  const input = fullInput();
  const doc = reconciliation(input);
  const t = text(renderText(doc));
  it('computes the closing balance from the lines', () => {
    expect(reconTotals(input.recon.opening, input.recon.lines)).toEqual({
      debit: 11888799,
      credit: 1000000,
      closing: 10888799,
    });
    expect(reconTotals(500, [{ date: '', doc: '', amount: 700, side: 'credit' }]).closing).toBe(-200);
  });
  it('lists the opening balance, the lines in date order, the turnover and the closing balance', () => {
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r[1])).toEqual([
      'Сальдо начальное',
      'Акт № 15',
      'Платёжное поручение № 301',
      'Акт № 18',
      'Обороты за период',
    ]);
    expect(table.total?.map(text)).toEqual(['30.11.2026', 'Сальдо конечное', '108 887,99', '']);
    expect(t).toContain('задолженность ООО «Ромашка» перед ООО «Лютик» составляет 108 887 (сто восемь тысяч');
  });
  it('says who owes whom when the balance is negative or zero', () => {
    const over = reconciliation(
      fullInput({
        recon: { opening: 0, from: '', to: '', lines: [{ date: '', doc: '', amount: 100, side: 'credit' }] },
      }),
    );
    expect(text(renderText(over))).toContain('задолженность ООО «Лютик» перед ООО «Ромашка»');
    const none = reconciliation(fullInput({ recon: { opening: 0, from: '', to: '', lines: [] } }));
    expect(renderText(none)).toContain('задолженность отсутствует');
  });
});
