import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_RATES } from '../../src/lib/money/key-rate';
import { legalFactFooter } from '../../src/lib/legal/legal-fact';
import { stateDuty } from '../../src/lib/claim/duty';
import { COURT_LIMITS } from '../../src/lib/legal/court-limits';
import { DUTY_RATES } from '../../src/lib/legal/duty-rates';
import { LEGAL_FIGURES, statedFigures, type LegalFigures, type Statement } from '../../src/lib/legal/stated-figures';
import { DOC_NOTES } from '../../src/lib/documents/notes';
import { DOC_IDS } from '../../src/lib/documents/model';
import { buildDocument } from '../../src/lib/documents/build';
import { renderText } from '../../src/lib/documents/render-text';
import { termText } from '../../src/lib/legal/wording';
import { CLAIM_WAIT } from '../../src/lib/legal/terms';
import { fullInput } from '../unit/documents/fixtures';
import { allPassages, treeBands } from './legal-corpus';

const DIR = join(process.cwd(), 'content', 'guide');
const files = readdirSync(DIR).filter((f) => /\.mdx?$/.test(f));
/** A page's source with non-breaking and thin spaces read as plain spaces. */
const read = (f: string) => readFileSync(join(DIR, f), 'utf8').replace(/[\u00a0\u202f\u2009]/g, ' ');
const all = files.map((f) => [f, read(f)] as const);
/** Kopecks as a page writes whole rubles: 75000000 → «750 000 ₽». */
const rubText = (kopecks: number) => `${String(kopecks / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₽`;

/** Every LegalFact on a page: its attributes and the text inside it. */
function legalFacts(text: string): { attrs: string; body: string }[] {
  return [...text.matchAll(/<LegalFact\b([^>]*)>([\s\S]*?)<\/LegalFact>/g)].map((m) => ({
    attrs: m[1] ?? '',
    body: m[2] ?? '',
  }));
}
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Markdown table rows as cells, each with the header of its column. */
function tableRows(text: string): { header: string[]; cells: string[] }[] {
  const rows: { header: string[]; cells: string[] }[] = [];
  let header: string[] | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (!header) header = cells;
    else if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push({ header, cells });
  }
  return rows;
}

describe('court thresholds in the guide (docs/legal-facts.md, re-checked 2026-11-30)', () => {
  it.each(all)('%s never states the old 800 000 / 400 000 simplified-procedure thresholds', (_f, text) => {
    expect(text).not.toMatch(/\b800 000\b/);
    expect(text).not.toMatch(/\b400 000\b/);
  });

  it.each(all)('%s never gives general courts a 100 000 ₽ simplified-procedure limit', (_f, text) => {
    for (const line of text.split('\n').filter((l) => /упрощ/i.test(l)))
      expect(line, line).not.toMatch(/(до|не более|не больше|≤)\s*100 000/);
  });

  it.each(all)('%s never gives an arbitration court order a 500 000 ₽ limit', (_f, text) => {
    for (const line of text.split('\n').filter((l) => !l.startsWith('|'))) {
      if (/арбитраж/i.test(line) && /приказ/i.test(line)) expect(line, line).not.toMatch(/500 000/);
    }
    for (const { header, cells } of tableRows(text)) {
      if (!cells.some((c) => /приказ/i.test(c))) continue;
      header.forEach((h, i) => {
        if (/арбитраж/i.test(h)) expect(cells[i] ?? '', cells.join(' | ')).not.toMatch(/500 000/);
      });
    }
  });

  it('the court page states every current threshold inside a LegalFact that names its article', () => {
    const facts = legalFacts(read('sud.mdx'));
    const stating = (figure: string) => facts.filter((f) => f.body.includes(figure));
    const { arbitration, general } = COURT_LIMITS;
    for (const { limit, article } of [
      arbitration.order,
      arbitration.simplifiedCompany,
      arbitration.simplifiedIp,
      general.simplified,
      general.order,
    ]) {
      const found = stating(rubText(limit));
      const at = /ст\. [\d.]+/.exec(article)?.[0] ?? article;
      expect(found.length, `${rubText(limit)} is not stated in a LegalFact`).toBeGreaterThan(0);
      expect(found.some((f) => attr(f.attrs, 'source')?.includes(at))).toBe(true);
    }
    const courtOrder = stating(rubText(arbitration.order.limit)).find((f) =>
      attr(f.attrs, 'source')?.includes('ст. 229.2'),
    );
    expect(arbitration.order.mark).toBe('L');
    expect(courtOrder?.attrs, 'the [L] court-order threshold asks to check the current wording').toMatch(
      /\bcheckEdition\b/,
    );
  });

  it('the page for private persons states the general-court thresholds with their articles', () => {
    const facts = legalFacts(read('klient-fizlico.mdx'));
    const { order, simplified } = COURT_LIMITS.general;
    const table = facts.find(
      (f) => f.body.includes(rubText(simplified.limit)) && f.body.includes(rubText(order.limit)),
    );
    expect(attr(table?.attrs ?? '', 'source')).toMatch(/ГПК РФ ст\. 121; ст\. 232\.2/);
  });

  it('the arbitration court-order duty states its minimum and where to check it [C2]', () => {
    const { min, mark } = DUTY_RATES.arbitration.order;
    expect(mark).toBe('C2');
    const fact = legalFacts(read('sud.mdx')).find((f) => f.body.includes(`не меньше ${rubText(min)}`));
    expect(fact, 'no LegalFact with the minimum').toBeDefined();
    expect(attr(fact?.attrs ?? '', 'checkAt')).toBeTruthy();
  });
});

describe('every LegalFact in the guide', () => {
  const facts = all.flatMap(([file, text]) => legalFacts(text).map((f) => [file, f] as const));

  it('there are facts to check', () => {
    expect(facts.length).toBeGreaterThan(30);
  });

  it.each(facts)('%s: a fact has a source, a valid as-of date and valid check marks', (file, { attrs }) => {
    const source = attr(attrs, 'source') ?? '';
    const asOf = attr(attrs, 'asOf') ?? '';
    const checkAt = attr(attrs, 'checkAt');
    expect(source, `${file}: LegalFact without a source`).not.toBe('');
    expect(() =>
      legalFactFooter({ source, asOf, checkAt, checkEdition: /\bcheckEdition\b/.test(attrs) }),
    ).not.toThrow();
  });
});

describe('what readers must never see', () => {
  const banned = [
    /не провер(ено|ена|ены|или|ял)/i,
    /непроверенн/i,
    /мы не уверены/i,
    /unverified/i,
    /2\/10 net/i,
    /Со мной так не работают/,
    /Чем поступаетесь/,
    /за короткое ускорение/,
    /Хорошая новость/,
    /Возьмите паузу/,
    /потеря работы/,
    /я (готов|вынужден|уверен)\b/i,
  ];
  it.each(all)('%s has no internal doubts, foreign notation or phrases the issue asked to fix', (_f, text) => {
    for (const re of banned) expect(text, String(re)).not.toMatch(re);
  });

  it.each(all)('%s writes ranges of amounts as «от … до …», not with a dash', (_f, text) => {
    expect(text).not.toMatch(/\d[\d ]* [–—-] \d[\d ]* ₽/);
  });
});

describe('the key-rate table on the interest page', () => {
  it('lists the same rates as content/key-rate/key-rates.json, each marked with its source', () => {
    const rows = tableRows(read('procenty-i-neustoyka.mdx')).filter(({ header }) => header[0] === 'Действует с');
    const shown = rows.map(({ cells }) => {
      const [dd, mm, yyyy] = (cells[0] ?? '').split('.');
      return {
        from: `${yyyy}-${mm}-${dd}`,
        bp: Math.round(Number((cells[1] ?? '').replace(',', '.')) * 100),
        confirmed: cells[2] === 'Банк России',
        secondary: cells[2] === 'вторичные источники',
      };
    });
    expect(shown.map(({ from, bp, confirmed }) => ({ from, bp, confirmed }))).toEqual(
      KEY_RATES.map(({ from, bp, confirmed }) => ({ from, bp, confirmed })),
    );
    expect(shown.every((r) => r.confirmed !== r.secondary)).toBe(true);
  });
});

describe('the worked duty examples on the court page', () => {
  const rub = (cell: string) => Number((/^([\d ]+) ₽/.exec(cell)?.[1] ?? 'NaN').replace(/ /g, ''));
  const rows = tableRows(read('sud.mdx')).filter(({ header }) => header[1] === 'Арбитраж: иск');

  it('has examples, and each agrees with the duty formula of the claim calculator (src/lib/claim)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const { cells } of rows) {
      const claim = rub(cells[0] ?? '') * 100;
      const columns = [
        ['arbitration', 'claim', cells[1]],
        ['arbitration', 'order', cells[2]],
        ['general', 'claim', cells[3]],
        ['general', 'order', cells[4]],
      ] as const;
      for (const [court, procedure, cell = ''] of columns) {
        if (/невозможен/.test(cell)) {
          expect(procedure).toBe('order');
          expect(claim, cells.join(' | ')).toBeGreaterThan(COURT_LIMITS[court].order.limit);
        } else {
          expect(rub(cell) * 100, `${cells[0]}: ${court} ${procedure}`).toBe(stateDuty(court, claim, procedure));
        }
      }
    }
  });
});

describe('every legal figure the site states agrees with src/lib/legal', () => {
  const passages = allPassages();
  const statements = statedFigures(passages);
  const report = (list: readonly Statement[]) =>
    list.map((s) => `${s.where}: «${s.sentence}» states ${s.stated}, src/lib/legal has ${s.expected} (${s.figure})`);

  it('no guide page, site page, plan, checklist item, document, note or calculator line states another figure', () => {
    expect(report(statements.filter((s) => !s.ok))).toEqual([]);
  });

  it('each legal point of a document’s note that states a figure carries that figure’s article and mark', () => {
    let checked = 0;
    for (const doc of DOC_IDS)
      for (const point of DOC_NOTES[doc].legal)
        for (const s of statedFigures([{ where: doc, text: point.text, context: [point.source] }])) {
          const figure = figureNode(LEGAL_FIGURES, s.figure);
          const article = /ст\. [\d.–]+/.exec(figure.article)?.[0] ?? figure.article;
          expect(point.source, `${doc}: «${point.text}»`).toContain(article);
          expect(point.mark, `${doc}: «${point.text}»`).toBe(figure.mark);
          checked++;
        }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('the claim letter writes the claim’s wait with the word form termText() gives for the table’s value', () => {
    const letter = renderText(buildDocument('claim', fullInput()));
    expect(letter).toContain(
      `по истечении ${termText(CLAIM_WAIT, 'calendarDaysGenitive')} со дня направления претензии`,
    );
  });

  it('the decision tree asks for the claim amount in bands whose edges are the limits for that debtor', () => {
    const bands = treeBands();
    expect(bands).toHaveLength(3);
    expect(report(bands.filter((b) => !b.ok))).toEqual([]);
  });

  it('every amount an answer of an amount question states is an edge of its band', () => {
    for (const { sentence, where } of treeBands()) {
      const edges = new Set(bandEdges(where));
      for (const m of sentence.replace(/[\u00a0\u202f]/g, ' ').matchAll(/(\d{1,3}(?: \d{3})+) ₽/g))
        expect(edges.has(Number(m[1]?.replace(/ /g, ''))), `${where}: ${m[0]}`).toBe(true);
    }
  });

  /** Where each figure must be found: if the checker stops finding one of these, it has stopped checking it. */
  const STATED_IN: Record<string, readonly string[]> = {
    'limits.arbitration.order': [
      'content/guide/sud.mdx',
      'tree outcome court-order-business',
      'tree question amount-company',
      'tree question amount-ip',
      'note court-order',
      'document court-order (company)',
      'document court-order (ip)',
    ],
    'limits.arbitration.simplifiedCompany': [
      'content/guide/sud.mdx',
      'tree outcome simplified-business',
      'tree question amount-company',
    ],
    'limits.arbitration.simplifiedIp': [
      'content/guide/sud.mdx',
      'tree outcome simplified-business',
      'tree question amount-ip',
    ],
    'limits.general.order': [
      'content/guide/sud.mdx',
      'content/guide/klient-fizlico.mdx',
      'tree outcome court-order-person',
      'tree question amount-person',
      'note court-order',
      'document court-order (person)',
    ],
    'limits.general.simplified': [
      'content/guide/sud.mdx',
      'content/guide/klient-fizlico.mdx',
      'tree outcome simplified-person',
      'tree question amount-person',
    ],
    'duty.arbitration.claim': ['content/guide/sud.mdx'],
    'duty.general.claim': ['content/guide/sud.mdx'],
    'duty.arbitration.order.percent': [
      'content/guide/sud.mdx',
      'tree outcome court-order-business',
      'note court-order',
    ],
    'duty.general.order.percent': ['content/guide/sud.mdx', 'tree outcome court-order-person', 'note court-order'],
    'duty.arbitration.order.min': ['content/guide/sud.mdx', 'tree outcome court-order-business', 'note court-order'],
    'terms.claimWait': [
      'content/guide/pretenziya.mdx',
      'tree outcome simplified-business',
      'checklist item claim-letter',
      'note claim',
      'document claim (company)',
      'claim calculator',
    ],
    'terms.limitation': [
      'content/guide/iskovaya-davnost.mdx',
      'src/pages/index.astro',
      'tree outcome limitation-near',
      'checklist item court',
      'claim calculator',
    ],
    'terms.limitationMax': ['content/guide/iskovaya-davnost.mdx', 'tree outcome limitation-passed'],
    'terms.limitationPause': ['content/guide/iskovaya-davnost.mdx', 'tree outcome limitation-near'],
    'terms.orderObjections': [
      'content/guide/sud.mdx',
      'content/guide/posle-suda.mdx',
      'tree outcome court-order-business',
      'note court-order',
      'claim calculator',
    ],
    'terms.writ': ['content/guide/posle-suda.mdx', 'tree outcome enforcement', 'note bank', 'note fssp'],
    'terms.extractAge': ['note lawsuit', 'document lawsuit (company)', 'document lawsuit (ip)'],
  };

  /** Where a statement stands, without a guide page's line number. */
  const place = (s: Statement) => s.where.replace(/:\d+$/, '');
  /** Whether a statement states a figure: it names it and, where it names several, gives that one's value. */
  const states = (s: Statement, figure: string) => {
    const named = s.figure.split(' | ');
    return (
      named.includes(figure) &&
      (named.length === 1 || s.stated.split(', ').includes(rubText(numberAt(LEGAL_FIGURES, figure))))
    );
  };
  const all = [...statements, ...treeBands()];

  it.each(Object.entries(STATED_IN))('%s is found where the site states it', (figure, places) => {
    const found = new Set(all.filter((s) => states(s, figure)).map(place));
    for (const p of places) expect(found.has(p), `${figure} is not found in ${p}`).toBe(true);
  });

  it('every figure of src/lib/legal is in the table above', () => {
    expect(Object.keys(STATED_IN).sort()).toEqual(figurePaths(LEGAL_FIGURES).sort());
  });

  it.each(Object.keys(STATED_IN))(
    'a change of %s in src/lib/legal fails every page, plan and document that states the old figure',
    (figure) => {
      const changed = changeFigure(LEGAL_FIGURES, figure);
      const stale = [...statedFigures(passages, changed), ...treeBands(changed)].filter((s) => !s.ok);
      const stating = new Set(all.filter((s) => states(s, figure)).map(place));
      expect(new Set(stale.map(place))).toEqual(stating);
      for (const p of STATED_IN[figure] ?? []) expect(stating.has(p), p).toBe(true);
    },
  );
});

/** The edges (rubles) of the bands of a tree question named in a band statement's `where`. */
function bandEdges(where: string): number[] {
  const figures =
    treeBands()
      .find((b) => b.where === where)
      ?.figure.split(' | ') ?? [];
  return figures.map((f) => numberAt(LEGAL_FIGURES, f) / 100);
}

/** The paths of every checked figure: each limit, each court's scale, order share and minimum, each term. */
function figurePaths(f: LegalFigures): string[] {
  return [
    ...Object.entries(f.limits).flatMap(([court, procedures]: [string, Record<string, { limit: number | null }>]) =>
      Object.entries(procedures)
        .filter(([, p]) => p.limit !== null)
        .map(([name]) => `limits.${court}.${name}`),
    ),
    ...(['arbitration', 'general'] as const).flatMap((c) => [
      `duty.${c}.claim`,
      `duty.${c}.order.percent`,
      ...(f.duty[c].order.min === null ? [] : [`duty.${c}.order.min`]),
    ]),
    ...Object.keys(f.terms).map((t) => `terms.${t}`),
  ];
}

/** The figure a statement names, with its article and mark (a court order's share and minimum: its duty). */
function figureNode(f: LegalFigures, path: string): { article: string; mark: string } {
  let node: unknown = f;
  for (const key of path.replace(/\.(percent|min)$/, '').split('.')) node = (node as Record<string, unknown>)[key];
  return node as { article: string; mark: string };
}

/** The number at a figure's path (a limit, a percent, a minimum, a term's value). */
function numberAt(f: LegalFigures, path: string): number {
  let node: unknown = f;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node === 'number') return node;
  const { limit, value } = node as { limit?: number; value?: number };
  return limit ?? value ?? NaN;
}

/** A copy of the figures with one changed as a new law might: a limit up 50 000 ₽, a term up one, a rate up. */
function changeFigure(f: LegalFigures, path: string): LegalFigures {
  const copy = structuredClone(f);
  const [kind, court, ...rest] = path.split('.');
  if (kind === 'limits')
    (copy.limits as unknown as Record<string, Record<string, { limit: number }>>)[court!]![rest[0]!]!.limit +=
      50_000_00;
  else if (kind === 'terms') copy.terms[court as keyof LegalFigures['terms']].value += 1;
  else {
    const duty = copy.duty[court as 'arbitration' | 'general'];
    if (rest[0] === 'claim')
      duty.claim = {
        ...duty.claim,
        brackets: duty.claim.brackets.map((b, i) => (i === 1 ? { ...b, bp: b.bp + 100 } : b)),
      };
    else if (rest[1] === 'percent') duty.order.percent += 10;
    else duty.order.min = (duty.order.min ?? 0) + 1_000_00;
  }
  return copy;
}
