/**
 * The table of documents (catalog.ts) against the documents themselves: each row's module builds the document
 * the row names, the form asks for exactly what the document prints, and the documents islands never ask
 * which document they show.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchedule } from '../../../src/lib/calculator/schedule';
import { buildDocument } from '../../../src/lib/documents/build';
import { DOC_IDS, DOCS, loadBuilder, type DebtItem, type DocId } from '../../../src/lib/documents/catalog';
import { emptyParty, type CaseDetails, type DocInput } from '../../../src/lib/documents/inputs';
import { renderText } from '../../../src/lib/documents/render-text';
import { date, fullInput, day } from './fixtures';

/** Everything of a document a user reads: its text, the short message, the warnings. */
function reads(id: DocId, input: DocInput): string {
  const m = buildDocument(id, input);
  return [renderText(m), m.message ?? '', ...(m.warnings ?? [])].join('\n');
}

/** Another value for each field of the case, one a document would show if it used the field. */
const OTHER: Record<keyof CaseDetails, string> = {
  contractNo: '77/ТЕСТ',
  contractDate: '2025-02-03',
  subject: 'поставка тестовых деталей',
  documents: 'акт № 99 от 09.09.2026',
  addressee: 'Особому адресату',
  payDays: '45',
  promiseDate: '2027-01-25',
  court: 'Тестовый районный суд',
  courtAddress: 'г. Тест, ул. Проверочная, д. 1',
  caseNo: 'А40-99/2099',
  judgmentDate: '2027-02-01',
  judgmentInForce: '2027-03-05',
  writKind: 'order',
  writNo: 'ФС 999',
  writDate: '2027-03-10',
  bailiffs: 'ОСП Тестовое',
  fsspArrest: 'yes',
  fsspTravel: 'yes',
  repName: 'Орлов Олег Олегович',
  repPoa: '№ 99 от 01.03.2027',
  orderCancelled: '2027-01-15',
  orderDuty: '5000',
};

/** The blocks of the «Долг» fieldset, each with another input for what it stands for. */
const base = fullInput();
const otherPlan = { ...base.installment!.input, n: 5, start: date('2027-01-20') };
const BLOCKS: Record<Exclude<DebtItem, keyof CaseDetails>, (i: DocInput) => DocInput> = {
  debt: (i) => ({ ...i, debt: { ...i.debt!, invoices: [{ due: day('2026-08-01'), amount: 4_321_00 }] } }),
  schedule: (i) => ({ ...i, installment: { input: otherPlan, schedule: buildSchedule(otherPlan) } }),
  recon: (i) => ({ ...i, recon: { ...i.recon, lines: [{ ...i.recon.lines[0]!, amount: 7_654_32 }] } }),
};
const otherBank = {
  account: '40802810400000000001',
  bank: 'АО «Т-Банк»',
  bik: '044525974',
  corr: '30101810145250000974',
};

describe('the table of documents', () => {
  it.each(DOC_IDS)('%s: its module builds the document of its row, named by its file base and the day', async (id) => {
    const doc = (await loadBuilder(id))(base);
    expect(doc.id).toBe(id);
    expect(doc.fileName).toBe(`${DOCS[id].file}-2026-11-30`);
  });

  it('gives each document its own name and file', () => {
    expect(new Set(DOC_IDS.map((id) => DOCS[id].name)).size).toBe(DOC_IDS.length);
    expect(new Set(DOC_IDS.map((id) => DOCS[id].file)).size).toBe(DOC_IDS.length);
    for (const id of DOC_IDS) expect(DOCS[id].file).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('loads the payment schedule exactly for a document whose form points to the calculator', () => {
    for (const id of DOC_IDS)
      expect(DOCS[id].needs === 'payment-schedule', id).toBe(DOCS[id].debt.includes('schedule'));
  });
});

/** What the form asks for a document: its «Долг» items and whose bank details («me.bank»). */
const asked = (id: DocId): string[] => [...DOCS[id].debt, ...DOCS[id].bank.map((p) => `${p}.bank`)];

/** What the document prints: each of the case's fields, blocks and bank details that changes its text. */
function printed(id: DocId): string[] {
  const before = reads(id, base);
  const changes: [string, DocInput][] = [
    ...(Object.keys(OTHER) as (keyof CaseDetails)[]).map((f): [string, DocInput] => [
      f,
      { ...base, details: { ...base.details, [f]: OTHER[f] } },
    ]),
    ...(Object.keys(BLOCKS) as (keyof typeof BLOCKS)[]).map((b): [string, DocInput] => [b, BLOCKS[b](base)]),
    ...(['me', 'debtor'] as const).map((p): [string, DocInput] => [
      `${p}.bank`,
      { ...base, [p]: { ...base[p], bank: otherBank } },
    ]),
  ];
  return changes.filter(([, input]) => reads(id, input) !== before).map(([name]) => name);
}

/**
 * What the form asked for before the table and still does, though the document does not print it (the
 * contract's subject is printed by the claim letter alone). Dropping one from a row hides the field for
 * that document — a change the user sees, left for a decision of its own.
 */
const ASKED_NOT_PRINTED: Record<DocId, readonly string[]> = {
  reminder: ['subject'],
  claim: [],
  installment: ['subject', 'documents'],
  guarantee: ['subject'],
  reconciliation: ['subject', 'documents', 'debt'],
  'court-order': ['subject', 'me.bank'],
  // The power of attorney is printed with the representative's name, which the base input has none of.
  lawsuit: ['repPoa'],
  'writ-request': ['repPoa'],
  bank: ['repPoa'],
  // The debt decides whether the form offers to ask for a travel ban; the application states the writ, not the sum.
  fssp: ['debt', 'repPoa'],
};

describe('the form and the document', () => {
  it.each(DOC_IDS)('%s: the form asks for everything the document prints', (id) => {
    expect(printed(id).filter((x) => !asked(id).includes(x))).toEqual([]);
  });

  it.each(DOC_IDS)('%s: what the form asks for and the document does not print is known', (id) => {
    const p = printed(id);
    expect(asked(id).filter((x) => !p.includes(x))).toEqual(ASKED_NOT_PRINTED[id]);
  });
});

describe('the documents islands', () => {
  const dir = join('src', 'islands', 'documents');
  const files = readdirSync(dir).map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }));
  // A document whose id is also a party's field («bank»: the application to the bank, a party's bank details) is
  // named only as `doc=` or a DOCS key; its word alone is the field.
  const PARTY_FIELDS = new Set(Object.keys(emptyParty('company')));
  const ids = DOC_IDS.map((id) => id.replace(/-/g, '\\-')).join('|');
  const fieldIds = DOC_IDS.filter((id) => PARTY_FIELDS.has(id)).join('|');

  it('have files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('never name a document: what differs between documents is read from its row', () => {
    const named = new RegExp(`(['"\`])(${ids})\\1`, 'g');
    const asField = new RegExp(`(keyof Party, [^>]*|bankField\\(|Party\\[)(['"\`])(${fieldIds})\\2`, 'g');
    const found = files.flatMap(({ name, code }) =>
      [...code.replace(asField, '$1').matchAll(named)].map((m) => `${name}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('never compare the document with a word (doc === …, doc !== …)', () => {
    const compared = /\bdoc\b\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*\bdoc\b/g;
    const found = files.flatMap(({ name, code }) => [...code.matchAll(compared)].map((m) => `${name}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
