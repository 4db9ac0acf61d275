/**
 * Everything the site says that may state a legal figure, as passages for src/lib/legal/stated-figures.ts: the
 * guide pages, the decision tree, the checklist, every document (for each debtor, with a claim that fits a court
 * order and one that does not) and its note, and the claim calculator's texts. Read-only: nothing here writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEADLINE_TEXT, ROUTE_TEXT } from '../../src/lib/claim/result-messages';
import { ICS_TITLES } from '../../src/lib/claim/export-ics';
import { checklistItems, checklistPhases } from '../../src/lib/checklist/data';
import { TREE } from '../../src/lib/decision-tree/load';
import { outcomesOf, questionsOf } from '../../src/lib/decision-tree/build';
import { buildDocument } from '../../src/lib/documents/build';
import type { DocInput, PartyKind } from '../../src/lib/documents/inputs';
import { DOC_IDS, type DocModel } from '../../src/lib/documents/model';
import { DOC_NOTES } from '../../src/lib/documents/notes';
import {
  LEGAL_FIGURES,
  markdownPassages,
  type LegalFigures,
  type Passage,
  type Statement,
} from '../../src/lib/legal/stated-figures';
import { fullInput, DEBTOR } from '../unit/documents/fixtures';

const GUIDE = join(process.cwd(), 'content', 'guide');

/** Every guide page, paragraph by paragraph. */
function guidePassages(): Passage[] {
  return readdirSync(GUIDE)
    .filter((f) => /\.mdx?$/.test(f))
    .flatMap((f) => markdownPassages(`content/guide/${f}`, readFileSync(join(GUIDE, f), 'utf8')));
}

/** The site's own pages and components (.astro): the text of their markup, line by line. */
function astroPassages(): Passage[] {
  const files = ['src/pages', 'src/components'].flatMap((dir) =>
    readdirSync(join(process.cwd(), dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => `${dir}/${f}`),
  );
  return files.flatMap((file) => {
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const markup = source.startsWith('---') ? source.slice(source.indexOf('\n---', 3) + 4) : source;
    const offset = source.length - markup.length;
    const firstLine = source.slice(0, offset).split('\n').length;
    // Tags and expressions go, their line breaks stay, so that each line keeps its number.
    const text = markup.replace(/<[^>]*>|\{[^}]*\}/g, (m) => m.replace(/[^\n]/g, '') || ' ');
    return text.split('\n').flatMap((line, i) => {
      const words = line.replace(/\s+/g, ' ').trim();
      return /\p{L}/u.test(words) ? [{ where: `${file}:${firstLine + i}`, text: words }] : [];
    });
  });
}

/** Every question (text, hint, answers) and plan (titles, steps, scripts, legal points) of the decision tree. */
function treePassages(): Passage[] {
  const passages: Passage[] = [];
  for (const q of questionsOf(TREE)) {
    const where = `tree question ${q.id}`;
    const around = [q.text, q.hint ?? ''];
    passages.push({ where, text: q.text }, { where, text: q.hint ?? '', context: [q.text] });
    for (const a of q.answers) passages.push({ where, text: a.label, context: around });
  }
  for (const o of outcomesOf(TREE)) {
    const where = `tree outcome ${o.id}`;
    const around = [o.title];
    for (const text of [o.title, o.description, o.summary, ...o.documents])
      passages.push({ where, text, context: around });
    for (const s of o.steps)
      for (const text of [s.title, s.text, s.say ?? '']) passages.push({ where, text, context: [s.title, o.title] });
    for (const l of o.legal) passages.push({ where, text: l.text, context: [l.source, o.title] });
  }
  return passages;
}

/** Every checklist phase and item. */
function checklistPassages(): Passage[] {
  return [
    ...checklistPhases().flatMap((p) => [
      { where: `checklist phase ${p.id}`, text: p.title },
      { where: `checklist phase ${p.id}`, text: p.intro ?? '', context: [p.title] },
    ]),
    ...checklistItems().flatMap((i) => [
      { where: `checklist item ${i.id}`, text: i.title, context: [i.phaseTitle] },
      { where: `checklist item ${i.id}`, text: i.hint, context: [i.title, i.phaseTitle] },
    ]),
  ];
}

/** A document's text: its header, title, body, warnings; the title and the court line as context. */
function modelPassages(where: string, model: DocModel): Passage[] {
  const context = [model.title, model.header[0] ?? ''];
  const texts = [
    ...model.header,
    model.title,
    ...(model.subtitle ? [model.subtitle] : []),
    ...model.body.flatMap((b) =>
      b.kind === 'para' ? [b.text] : b.kind === 'list' ? b.items : b.rows.map((r) => r.join(' | ')),
    ),
    ...(model.warnings ?? []),
    ...(model.message !== undefined ? [model.message] : []),
  ];
  return texts.map((text) => ({ where, text, context }));
}

/** The inputs documents are built for: each debtor, the fixture's debt (fits a court order) and a large one. */
function documentInputs(): [string, DocInput][] {
  const base = fullInput();
  const large: DocInput = {
    ...base,
    debt: {
      ...base.debt!,
      invoices: [{ due: base.debt!.invoices[0]!.due, amount: 2_000_000_00 }],
      claimSent: base.today,
    },
  };
  return (['company', 'ip', 'person'] as const satisfies readonly PartyKind[]).flatMap((kind) => [
    [kind, { ...base, debtor: { ...DEBTOR, kind } }],
    [`${kind}, large`, { ...large, debtor: { ...DEBTOR, kind } }],
  ]);
}

/** Every document for every input, and every document's note. */
function documentPassages(): Passage[] {
  const passages: Passage[] = [];
  for (const [name, input] of documentInputs())
    for (const doc of DOC_IDS) passages.push(...modelPassages(`document ${doc} (${name})`, buildDocument(doc, input)));
  for (const doc of DOC_IDS) {
    const note = DOC_NOTES[doc];
    const where = `note ${doc}`;
    const title = buildDocument(doc, fullInput()).title;
    for (const text of [note.purpose, note.when, note.how, ...note.prepare])
      passages.push({ where, text, context: [title] });
    for (const l of note.legal) passages.push({ where, text: l.text, context: [l.source, title] });
  }
  return passages;
}

/** The claim calculator's lines on the route and the deadlines, and its calendar events. */
function claimPassages(): Passage[] {
  const where = 'claim calculator';
  return [
    DEADLINE_TEXT.suitPerson,
    DEADLINE_TEXT.suitNotSent,
    DEADLINE_TEXT.suit('01.10.2026', '02.10.2026', '31.10.2026', '01.11.2026'),
    DEADLINE_TEXT.limitation('15.10.2026', '15.10.2029', false),
    DEADLINE_TEXT.limitation('10.01.2023', '12.01.2026', false, '10.01.2026'),
    DEADLINE_TEXT.orderPending('01.11.2025'),
    DEADLINE_TEXT.orderCancelled('01.11.2025', '01.12.2025', '01.06.2026', true, null),
    DEADLINE_TEXT.suitInTime('01.02.2026'),
    ROUTE_TEXT.orderArbitration,
    ROUTE_TEXT.orderGeneral,
    ROUTE_TEXT.limitationAsk,
    ROUTE_TEXT.limitationPassed,
    ...Object.values(ICS_TITLES),
  ].map((text) => ({ where, text }));
}

/** All of it. */
export function allPassages(): Passage[] {
  return [
    ...guidePassages(),
    ...astroPassages(),
    ...treePassages(),
    ...checklistPassages(),
    ...documentPassages(),
    ...claimPassages(),
  ];
}

const rubles = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₽`;

/**
 * The decision tree's amount questions: after «who owes», each asks for the claim amount in bands whose edges
 * (upTo, rubles) must be the court-order and simplified-procedure limits for that debtor.
 */
export function treeBands(figures: LegalFigures = LEGAL_FIGURES): Statement[] {
  const debtorQuestion = questionsOf(TREE).find((q) => q.id === 'debtor');
  const { arbitration, general } = figures.limits;
  const limits = {
    company: {
      'limits.arbitration.order': arbitration.order,
      'limits.arbitration.simplifiedCompany': arbitration.simplifiedCompany,
    },
    ip: { 'limits.arbitration.order': arbitration.order, 'limits.arbitration.simplifiedIp': arbitration.simplifiedIp },
    person: { 'limits.general.order': general.order, 'limits.general.simplified': general.simplified },
  } as const;
  return (debtorQuestion?.answers ?? []).map((a) => {
    const q = questionsOf(TREE).find((x) => x.id === a.next);
    const own = limits[a.id as keyof typeof limits];
    const stated = (q?.answers ?? []).flatMap((x) => (x.upTo === undefined ? [] : [x.upTo])).sort((x, y) => x - y);
    const expected = Object.values(own ?? {})
      .map((l) => l.limit / 100)
      .sort((x, y) => x - y);
    return {
      where: `tree question ${a.next ?? ''}`,
      figure: Object.keys(own ?? {}).join(' | '),
      stated: stated.map(rubles).join(', '),
      expected: expected.map(rubles).join(', '),
      ok: own !== undefined && stated.join() === expected.join(),
      sentence: (q?.answers ?? []).map((x) => x.label).join(' / '),
    };
  });
}
