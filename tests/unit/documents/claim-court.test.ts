import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/documents/build';
import { renderText } from '../../../src/lib/documents/render-text';
import { courtOrderFigures } from '../../../src/lib/documents/court-order';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { DOC_IDS } from '../../../src/lib/documents/model';
import { formatRub } from '../../../src/lib/money/kopecks';
import { fullInput } from './fixtures';

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The same link the claim calculator would pass on: two invoices, one payment, counted to 30.11.2026. */
const QUERY = 'debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30&debtor=company';
const FIGURES = readClaimUrl(new URLSearchParams(QUERY), '2026-11-30');
if (!FIGURES) throw new Error('the claim calculator should read the fixture link');

describe('claim letter', () => {
  const doc = buildDocument('claim', fullInput({ claim: FIGURES }));
  const t = text(renderText(doc));
  it('has the parties, the contract, the documents, the debt in words and the deadline', () => {
    expect(doc.title).toBe('Претензия');
    expect(doc.header.slice(0, 3).map(text)).toEqual(['Генеральному директору', 'ООО «Ромашка»', 'Иванову И. И.']);
    expect(t).toContain(
      'Между ООО «Лютик» (далее — Кредитор) и ООО «Ромашка» (далее — Должник) заключён договор № 12/2026 от 01.09.2026 на оказание услуг',
    );
    expect(t).toContain('— акт № 15 от 05.10.2026');
    expect(t).toContain('(оплачено 10 000,00 ₽)');
    expect(t).toContain(
      'на 30 ноября 2026 г. составляет 108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек',
    );
    expect(t).toContain('в течение 10 календарных дней');
  });
  it('claims what the claim calculator computed for the same link: debt, interest and their sum', () => {
    expect(t).toContain(
      'оплатить 110 287 (сто десять тысяч двести восемьдесят семь) рублей 12 копеек (долг 108 887,99 ₽ и проценты 1 399,13 ₽)',
    );
    expect(t).toContain(
      'Проценты за период с 16.10.2026 по 30.11.2026 составляют 1 399 (одна тысяча триста девяносто девять) рублей 13 копеек',
    );
  });
  it('carries the calculator’s rows as a table whose total is the interest', () => {
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    // Two invoices: a first column names the invoice, and each invoice ends with its own total.
    const rows = table.rows.filter((r) => r[1] !== 'Итого по счёту');
    expect(rows.map((r) => r[5])).toEqual(FIGURES.rows.map((r) => r.formula));
    expect(rows.map((r) => text(r[6] ?? ''))).toEqual(FIGURES.rows.map((r) => text(formatRub(r.amount))));
    expect(text(rows[0]?.[4] ?? '')).toBe('14 %');
    expect(text(table.total?.at(-1) ?? '')).toBe('1 399,13 ₽');
    expect(t).toContain('пункт 1 статьи 395 Гражданского кодекса РФ');
  });
  it('asks, above the preview and not in the letter, to check key rates that come from secondary sources', () => {
    expect(doc.warnings?.join(' ')).toContain('сверьте с сайтом Банка России');
    expect(t).not.toContain('вторичных');
  });
  it('says what follows: the arbitration court after 30 days (АПК РФ ст. 4 ч. 5), or a court for a private person', () => {
    expect(t).toContain(
      'по истечении 30 календарных дней со дня направления претензии (часть 5 статьи 4 Арбитражного процессуального кодекса РФ)',
    );
    const personDebtor = {
      ...fullInput().debtor,
      kind: 'person' as const,
      name: 'Сидоров Сергей Сергеевич',
      signer: '',
    };
    const person = text(renderText(buildDocument('claim', fullInput({ claim: FIGURES, debtor: personDebtor }))));
    expect(person).not.toContain('арбитражный');
    expect(person).toContain('Сидорову С. С.');
  });
  it('in ст. 395 mode speaks of interest under ст. 395 throughout, and of no penalty', () => {
    expect(t).toContain('проценты по день фактической оплаты (статья 395 Гражданского кодекса РФ)');
    expect(t).not.toMatch(/неустойк/i);
  });
  it('writes a penalty as the contract’s penalty, per day, and never as interest under ст. 395', () => {
    const penalty = readClaimUrl(new URLSearchParams(`${QUERY}&kind=penalty&penalty=0.1`), '2026-11-30');
    if (!penalty) throw new Error('penalty link should read');
    const p = buildDocument('claim', fullInput({ claim: penalty }));
    const table = p.body.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && text(table.rows[0]?.[4] ?? '')).toBe('0,1 % в день');
    expect(table?.kind === 'table' && table.caption).toBe('Расчёт неустойки');
    const pt = text(renderText(p));
    expect(pt).toContain('За просрочку оплаты пунктом [номер пункта о неустойке] Договора установлена неустойка');
    expect(pt).toContain('(пункт 1 статьи 330 Гражданского кодекса РФ)');
    expect(pt).toContain(`и неустойка ${text(formatRub(penalty.totals.interest))})`);
    expect(pt).toContain(
      'потребует взыскать долг, неустойку, установленную пунктом [номер пункта о неустойке] Договора',
    );
    expect(pt).toContain('Расчёт неустойки (в тексте претензии).');
    expect(pt).not.toContain('395');
    expect(pt).not.toMatch(/процент(ы|ов)/);
  });
  it('claims the debt and leaves a blank for the interest without a calculation', () => {
    const bare = text(renderText(buildDocument('claim', fullInput())));
    expect(bare).toContain('посчитайте в калькуляторе «Сколько требовать»');
    expect(bare).toContain('оплатить 108 887 (сто восемь тысяч');
  });
});

describe('court-order application', () => {
  it('goes to the arbitration court for a company, with the claim calculator’s duty and calculation', () => {
    const input = fullInput({ claim: FIGURES });
    const doc = buildDocument('court-order', input);
    const t = text(renderText(doc));
    const order = FIGURES.route.options.find((o) => o.procedure === 'order');
    expect(doc.header[0]).toBe('В Арбитражный суд города Санкт-Петербурга и Ленинградской области');
    expect(t).toContain('Взыскатель: ООО «Лютик», ИНН 7707083893, ОГРН 1027700132195');
    expect(t).toContain('Должник: ООО «Ромашка», ИНН 7702070139');
    expect(t).toContain('Сумма требования: 110 287,12 ₽');
    expect(t).toContain(`Государственная пошлина: ${text(formatRub(order?.duty ?? 0))}`);
    expect(t).toContain('Государственная пошлина: 8 000,00 ₽');
    expect(t).toContain('статья 229.2 Арбитражного процессуального кодекса РФ');
    expect(doc.body.some((b) => b.kind === 'table')).toBe(true);
    expect(courtOrderFigures(input)).toMatchObject({ amount: FIGURES.totals.claim, duty: order?.duty, fits: true });
  });
  it('goes to a magistrate for a private person, with the general courts’ duty and proof of sending a copy', () => {
    const debtor = {
      ...fullInput().debtor,
      kind: 'person' as const,
      name: 'Сидоров Сергей Сергеевич',
      signer: '',
      ogrn: '',
    };
    const details = { ...fullInput().details, court: 'судебного участка № 5 Басманного района г. Москвы' };
    const input = fullInput({ debtor, details, claim: null });
    const t = text(renderText(buildDocument('court-order', input)));
    expect(t).toContain('Мировому судье судебного участка № 5');
    expect(t).toContain('статья 121 Гражданского процессуального кодекса РФ');
    // 108 887,99 ₽ in a general court: 4 000 + 3 % × 8 887,99 = 4 266,6397 (suit 4 267 ₽); the order is half the
    // exact value, 2 133,31985 → 2 133 ₽ (half the rounded 4 267 would give 2 134, rounding twice).
    expect(t).toContain('Государственная пошлина: 2 133,00 ₽');
    expect(t).toContain('направление Должнику копии заявления');
  });
  it('flags an amount above the court-order limit', () => {
    const big = readClaimUrl(new URLSearchParams('debt=800000&due=2026-10-15&to=2026-11-30'), '2026-11-30');
    expect(courtOrderFigures(fullInput({ claim: big })).fits).toBe(false);
    expect(buildDocument('court-order', fullInput({ claim: big })).warnings?.[0]).toContain(
      'судебный приказ не подходит',
    );
  });
});

describe('every document', () => {
  it.each(DOC_IDS)('%s builds from an empty form without throwing and names a file', (id) => {
    const doc = buildDocument(id, fullInput({ debt: null, claim: null, installment: null }));
    expect(doc.id).toBe(id);
    expect(doc.fileName).toMatch(/^[a-z-]+-2026-11-30$/);
    expect(renderText(doc).length).toBeGreaterThan(200);
  });
});
