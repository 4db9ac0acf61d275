/**
 * Invoices as facts (issue 21): each invoice's number and date, typed in the form and kept in this browser,
 * are matched by order to the amounts and due dates of the claim link; every letter and application states each
 * invoice with its own due date, and the calculation gets an invoice column with totals by invoice.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocument } from '../../../src/lib/documents/build';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { docInput } from '../../../src/lib/documents/doc-input';
import type { DebtFacts, DocInput } from '../../../src/lib/documents/inputs';
import type { Block } from '../../../src/lib/documents/model';
import { renderText } from '../../../src/lib/documents/render-text';
import { emptyStored } from '../../../src/lib/documents/stored-state';
import { LIMITS, readStored } from '../../../src/lib/documents/stored-read';
import { readDocUrl } from '../../../src/lib/documents/url-state';
import { formatRub } from '../../../src/lib/money/kopecks';
import { ME, day, fullInput } from './fixtures';

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const TODAY = '2026-11-30';
/** Two invoices: 60 000 ₽ due 15.07.2026 and 40 000 ₽ due 15.08.2026, counted to 30.11.2026. */
const TWO = 'debt=60000&due=2026-07-15&inv=2026-08-15:40000&to=2026-11-30&debtor=company';
const ONE = 'debt=60000&due=2026-07-15&to=2026-11-30&debtor=company';
const FACTS = [
  { no: '7', date: '2026-07-01' },
  { no: '9', date: '2026-08-01' },
];

/** The page's input for a claim link and the typed invoice facts, as the page assembles it (docInput). */
function pageInput(doc: 'reminder' | 'claim' | 'court-order', query: string, invoices = FACTS): DocInput {
  const params = new URLSearchParams(query);
  const base = fullInput();
  const debt = readDocUrl(params, day(TODAY)).debt;
  return docInput(doc, {
    today: day(TODAY),
    data: { ...emptyStored(), me: ME, debtor: base.debtor, details: base.details, invoices },
    debt,
    claim: readClaimUrl(params, TODAY),
    plan: null,
  });
}
const textOf = (doc: 'reminder' | 'claim' | 'court-order', query: string, invoices = FACTS) =>
  text(renderText(buildDocument(doc, pageInput(doc, query, invoices))));
const tableOf = (doc: 'claim' | 'court-order', query: string, invoices = FACTS) => {
  const t = buildDocument(doc, pageInput(doc, query, invoices)).body.find(
    (b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table',
  );
  if (!t) throw new Error('no table');
  return t;
};

describe.each(['reminder', 'claim', 'court-order'] as const)('%s with two invoices', (doc) => {
  const t = textOf(doc, TWO);
  it('states each invoice with its number, date, amount and own due date', () => {
    expect(t).toContain('— счёт № 7 от 01.07.2026 на сумму 60 000,00 ₽ — не позднее 15.07.2026');
    expect(t).toContain('— счёт № 9 от 01.08.2026 на сумму 40 000,00 ₽ — не позднее 15.08.2026');
    expect(t).not.toContain('оплатить их не позднее');
  });
  it('leaves a blank for a number or date not typed yet, keeping each invoice in its place', () => {
    const partly = textOf(doc, TWO, [
      { no: '', date: '' },
      { no: '9', date: '' },
    ]);
    expect(partly).toContain('— счёт № [номер счёта] от [дата счёта] на сумму 60 000,00 ₽ — не позднее 15.07.2026');
    expect(partly).toContain('— счёт № 9 от [дата счёта] на сумму 40 000,00 ₽ — не позднее 15.08.2026');
  });
});

describe.each(['claim', 'court-order'] as const)('%s: the calculation with two invoices', (doc) => {
  const table = tableOf(doc, TWO);
  const claim = readClaimUrl(new URLSearchParams(TWO), TODAY)!;
  it('has an invoice column naming each row’s invoice by its number', () => {
    expect(table.columns[0]?.label).toBe('Счёт');
    const perRow = table.rows.filter((r) => r[1] !== 'Итого по счёту').map((r) => r[0]);
    expect(perRow).toEqual(claim.rows.map((r) => (r.invoice === 0 ? '№ 7' : '№ 9')));
  });
  it('totals each invoice (its days and sum) and the whole sum, never adding days across invoices', () => {
    const subtotals = table.rows.filter((r) => r[1] === 'Итого по счёту');
    expect(subtotals.map((r) => r[0])).toEqual(['№ 7', '№ 9']);
    // Each invoice's own period: 16.07–30.11, 138 days; 18.08–30.11, 105 days (15.08.2026 is a Saturday, so
    // ГК РФ ст. 193 moves the due date to Monday 17.08).
    expect(subtotals.map((r) => r[2])).toEqual(['138', '105']);
    expect(subtotals.map((r) => r.at(-1))).toEqual(claim.invoices.map((inv) => formatRub(inv.interest)));
    expect(claim.invoices.every((inv) => inv.interest > 0)).toBe(true);
    expect(table.total?.[1]).toBe('Итого');
    expect(table.total?.[2]).toBe('');
    expect(table.total?.at(-1)).toBe(formatRub(claim.invoices[0]!.interest + claim.invoices[1]!.interest));
  });
  it('falls back to the invoice’s place in the list when no number was typed', () => {
    const t = tableOf(doc, TWO, []);
    expect(t.rows.filter((r) => r[1] === 'Итого по счёту').map((r) => r[0])).toEqual(['1', '2']);
  });
});

describe('one invoice', () => {
  it('reads as one sentence naming the invoice, with no invoice column', () => {
    expect(textOf('claim', ONE)).toContain(
      'Должник обязан был оплатить счёт № 7 от 01.07.2026 не позднее 15.07.2026, однако оплату в полном объёме не произвёл',
    );
    expect(textOf('court-order', ONE)).toContain(
      'Должник обязан был оплатить счёт № 7 от 01.07.2026 не позднее 15.07.2026, но оплату в полном объёме не произвёл',
    );
    expect(textOf('reminder', ONE)).toContain('срок оплаты счёта № 7 от 01.07.2026 истёк 15.07.2026.');
    const table = tableOf('claim', ONE);
    expect(table.columns.map((c) => c.label)).not.toContain('Счёт');
    expect(table.total?.[0]).toBe('Итого');
    expect(table.total?.[1]).toBe(table.rows.reduce((s, r) => s + Number(r[1]), 0).toString());
  });
  it('without a typed number reads as before', () => {
    expect(textOf('claim', ONE, [])).toContain('Должник обязан был оплатить их не позднее 15.07.2026, однако');
    expect(textOf('reminder', ONE, [])).toContain('срок оплаты истёк 15.07.2026.');
  });
});

describe('the evidence', () => {
  it('is listed after «подтверждается документами:», so typed lines keep their own case', () => {
    for (const doc of ['claim', 'court-order'] as const) {
      const t = textOf(doc, TWO);
      expect(t).toContain('что подтверждается документами:\n\n— счёт № 15 от 01.10.2026\n— акт № 15 от 05.10.2026');
      expect(t).not.toContain('подтверждается счёт');
    }
  });
});

describe('stored invoice facts', () => {
  it('are matched to the link’s invoices by order; extra or missing ones change nothing else', () => {
    const debt: DebtFacts = readDocUrl(new URLSearchParams(TWO), day(TODAY)).debt!;
    const input = pageInput('claim', TWO, [{ no: '7', date: '2026-07-01' }]);
    expect(input.debt?.invoices.map((l) => l.fact?.no)).toEqual(['7', undefined]);
    expect(input.debt?.invoices.map((l) => l.due)).toEqual(debt.invoices.map((l) => l.due));
  });
  it('keep a version 1 store whole on upgrade, with no invoice numbers yet', () => {
    const v1 = { version: 1, me: ME, debtor: ME, details: fullInput().details, recon: emptyStored().recon };
    const read = readStored(JSON.stringify(v1));
    expect(read).toEqual({ ...v1, version: 2, invoices: [] });
  });
  it('read back exactly what was written, and any stored value gives a usable form (property)', () => {
    const fact = fc.record({ no: fc.string({ maxLength: 30 }), date: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 20 }), (invoices) => {
        const s = { ...emptyStored(), invoices };
        expect(readStored(JSON.stringify(s))).toEqual(s);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const read = readStored(JSON.stringify({ ...emptyStored(), invoices: junk }));
        expect(Array.isArray(read.invoices)).toBe(true);
        expect(read.invoices.length).toBeLessThanOrEqual(LIMITS.invoices);
        for (const f of read.invoices) expect([typeof f.no, typeof f.date]).toEqual(['string', 'string']);
      }),
    );
  });
});
