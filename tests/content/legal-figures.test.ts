import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_RATES } from '../../src/lib/money/key-rate';
import { legalFactFooter } from '../../src/lib/legal/legal-fact';
import { stateDuty } from '../../src/lib/claim/duty';
import { COURT_LIMITS } from '../../src/lib/legal/court-limits';

const DIR = join(process.cwd(), 'content', 'guide');
const files = readdirSync(DIR).filter((f) => /\.mdx?$/.test(f));
/** A page's source with non-breaking and thin spaces read as plain spaces. */
const read = (f: string) => readFileSync(join(DIR, f), 'utf8').replace(/[\u00a0\u202f\u2009]/g, ' ');
const all = files.map((f) => [f, read(f)] as const);

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
    for (const [figure, article] of [
      ['750 000 ₽', 'ст. 229.2'],
      ['1 200 000 ₽', 'ст. 227'],
      ['600 000 ₽', 'ст. 227'],
      ['250 000 ₽', 'ст. 232.2'],
      ['500 000 ₽', 'ст. 121'],
    ] as const) {
      const found = stating(figure);
      expect(found.length, `${figure} is not stated in a LegalFact`).toBeGreaterThan(0);
      expect(found.some((f) => attr(f.attrs, 'source')?.includes(article))).toBe(true);
    }
    const courtOrder = stating('750 000 ₽').find((f) => attr(f.attrs, 'source')?.includes('ст. 229.2'));
    expect(courtOrder?.attrs, 'the [L] court-order threshold asks to check the current wording').toMatch(
      /\bcheckEdition\b/,
    );
  });

  it('the page for private persons states the general-court thresholds with their articles', () => {
    const facts = legalFacts(read('klient-fizlico.mdx'));
    const table = facts.find((f) => f.body.includes('250 000 ₽') && f.body.includes('500 000 ₽'));
    expect(attr(table?.attrs ?? '', 'source')).toMatch(/ГПК РФ ст\. 121; ст\. 232\.2/);
  });

  it('the arbitration court-order duty states its 8 000 ₽ minimum and where to check it [C2]', () => {
    const fact = legalFacts(read('sud.mdx')).find((f) => /не меньше 8 000 ₽/.test(f.body));
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
