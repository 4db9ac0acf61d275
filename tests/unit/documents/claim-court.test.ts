import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/documents/build';
import { renderText } from '../../../src/lib/documents/render-text';
import { courtOrderDuty, COURT_ORDER_LIMIT } from '../../../src/lib/documents/duty';
import { courtOrderFigures } from '../../../src/lib/documents/court-order';
import type { ClaimFigures } from '../../../src/lib/documents/inputs';
import { DOC_IDS } from '../../../src/lib/documents/model';
import { day, fullInput } from './fixtures';

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const FIGURES: ClaimFigures = {
  kind: '395',
  principal: 10888799,
  interest: 66015,
  claimAmount: 10954814,
  from: day('2026-10-16'),
  to: day('2026-11-30'),
  rows: [
    {
      from: day('2026-10-16'),
      to: day('2026-11-01'),
      days: 17,
      base: 6000000,
      rate: '14 %',
      formula: '60 000,00 × 17 × 14 % / 365',
      amount: 39123,
    },
    {
      from: day('2026-11-02'),
      to: day('2026-11-30'),
      days: 29,
      base: 5000000,
      rate: '14 %',
      formula: '50 000,00 × 29 × 14 % / 365',
      amount: 26892,
    },
  ],
};

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
    expect(t).toContain('составляет 108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек');
    expect(t).toContain('в течение 10 календарных дней');
    expect(t).toContain(
      'оплатить 109 548 (сто девять тысяч пятьсот сорок восемь) рублей 14 копеек (долг 108 887,99 ₽ и проценты 660,15 ₽)',
    );
  });
  it('carries the calculation as a table whose rows add up to the interest', () => {
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.[4]).toBe('60 000,00 × 17 × 14 % / 365');
    expect(text(table.total?.at(-1) ?? '')).toBe('660,15 ₽');
    expect(t).toContain('пункт 1 статьи 395 Гражданского кодекса РФ');
  });
  it('says what follows: the arbitration court after 30 days (АПК РФ ст. 4 ч. 5), or a court for a private person', () => {
    expect(t).toContain(
      'по истечении 30 календарных дней со дня направления претензии (часть 5 статьи 4 Арбитражного процессуального кодекса РФ)',
    );
    const person = text(
      renderText(
        buildDocument(
          'claim',
          fullInput({
            claim: FIGURES,
            debtor: { ...fullInput().debtor, kind: 'person', name: 'Сидоров Сергей Сергеевич', signer: '' },
          }),
        ),
      ),
    );
    expect(person).not.toContain('арбитражный');
    expect(person).toContain('Сидорову С. С.');
  });
  it('claims the debt and leaves a blank for the interest without a calculation', () => {
    const bare = text(renderText(buildDocument('claim', fullInput())));
    expect(bare).toContain('посчитайте в калькуляторе «Сколько требовать»');
    expect(bare).toContain('оплатить 108 887 (сто восемь тысяч');
  });
});

describe('court-order application', () => {
  it('goes to the arbitration court for a company, with the duty and the calculation', () => {
    const input = fullInput({ claim: FIGURES });
    const doc = buildDocument('court-order', input);
    const t = text(renderText(doc));
    expect(doc.header[0]).toBe('В Арбитражный суд города Санкт-Петербурга и Ленинградской области');
    expect(t).toContain('Взыскатель: ООО «Лютик», ИНН 7707083893, ОГРН 1027700132195');
    expect(t).toContain('Должник: ООО «Ромашка», ИНН 7702070139');
    expect(t).toContain('Сумма требования: 109 548,14 ₽');
    expect(t).toContain('Государственная пошлина: 8 000,00 ₽');
    expect(t).toContain('статья 229.2 Арбитражного процессуального кодекса РФ');
    expect(doc.body.some((b) => b.kind === 'table')).toBe(true);
    expect(courtOrderFigures(input).fits).toBe(true);
  });
  it('goes to a magistrate for a private person, with the general courts’ duty and proof of sending a copy', () => {
    const input = fullInput({
      debtor: { ...fullInput().debtor, kind: 'person', name: 'Сидоров Сергей Сергеевич', signer: '', ogrn: '' },
      details: { ...fullInput().details, court: 'судебного участка № 5 Басманного района г. Москвы' },
    });
    const t = text(renderText(buildDocument('court-order', input)));
    expect(t).toContain('Мировому судье судебного участка № 5');
    expect(t).toContain('статья 121 Гражданского процессуального кодекса РФ');
    expect(t).toContain('Государственная пошлина: 2 133,00 ₽');
    expect(t).toContain('направление Должнику копии заявления');
  });
  it('flags an amount above the court-order limit', () => {
    const big = fullInput({ claim: { ...FIGURES, principal: 80000000, claimAmount: 80066015 } });
    expect(courtOrderFigures(big).fits).toBe(false);
  });
});

describe('state duty for a court order', () => {
  it.each([
    [10888799, 'arbitration', 800000],
    [70000000, 'arbitration', 2000000],
    [COURT_ORDER_LIMIT.arbitration, 'arbitration', 2125000],
    [10000000, 'general', 200000],
    [10888799, 'general', 213300],
    [40000000, 'general', 625000],
    [COURT_ORDER_LIMIT.general, 'general', 750000],
    [200000000, 'general', 1750000],
  ] as const)('%i kopecks in %s → %i', (amount, court, duty) => {
    expect(courtOrderDuty(amount, court)).toBe(duty);
  });
  it('is in whole rubles: 50 kopecks and over rounded up, less dropped', () => {
    // 100 001 ₽ → (4 000 + 3 % × 1) / 2 = 2 000,015 → 2 000; 100 034 ₽ → 2 000,51 → 2 001.
    expect(courtOrderDuty(10000100, 'general')).toBe(200000);
    expect(courtOrderDuty(10003400, 'general')).toBe(200100);
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
