import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/search/build-index';
import type { SearchDoc } from '../../src/lib/search/doc';
import { shardData } from '../../src/lib/search/format';
import { guideSearchDocs } from '../../src/lib/search/guide-docs';
import { Searcher } from '../../src/lib/search/searcher';
import { toolSearchDocs } from '../../src/lib/search/tool-docs';
import { GUIDE_SECTIONS } from '../../src/lib/content/guide-schema';
import { outcomeSearchDocs } from '../../src/lib/decision-tree/search-docs';
import { TREE } from '../../src/lib/decision-tree/load';
import { checklistSearchDocs } from '../../src/lib/checklist/search-docs';
import { checklistItems } from '../../src/lib/checklist/data';
import { claimSearchDocs } from '../../src/lib/claim/search-docs';
import { documentSearchDocs } from '../../src/lib/documents/search-docs';
import { DOC_IDS, DOCS } from '../../src/lib/documents/catalog';

// The site's real index, built as src/pages/search/_sources.ts builds it, from the real content: the guide is
// read from content/guide/ (frontmatter and headings as the build sees them), the rest from the same modules.

const DIR = join(process.cwd(), 'content', 'guide');
const SECTION_ORDER = Object.keys(GUIDE_SECTIONS);

/** A frontmatter field: `key: "text"`, `key: text` or `key: [a, b]`. */
function field(front: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front);
  return m?.[1]?.trim().replace(/^"(.*)"$/, '$1');
}

function guideDocs(): SearchDoc[] {
  const pages = readdirSync(DIR)
    .filter((f) => /\.mdx?$/.test(f))
    .map((file) => {
      const [, front = '', ...rest] = readFileSync(join(DIR, file), 'utf8').split(/^---$/m);
      const body = rest.join('---');
      const slugger = new GithubSlugger();
      let fenced = false;
      const headings = body.split('\n').flatMap((line) => {
        if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
        const m = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
        if (!m) return [];
        const text = (m[2] ?? '').replace(/[*_`]/g, '');
        return [{ depth: m[1]?.length ?? 2, slug: slugger.slug(text), text }];
      });
      const keywords = (field(front, 'keywords') ?? '')
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      return {
        slug: file.replace(/\.mdx?$/, ''),
        title: field(front, 'title') ?? '',
        navTitle: field(front, 'navTitle'),
        description: field(front, 'description') ?? '',
        keywords,
        body,
        headings,
        rank: SECTION_ORDER.indexOf(field(front, 'section') ?? '') * 1000 + Number(field(front, 'order') ?? 0),
      };
    })
    .sort((a, b) => a.rank - b.rank);
  return pages.flatMap((p) => guideSearchDocs(p));
}

const docs: SearchDoc[] = [
  ...guideDocs(),
  ...outcomeSearchDocs(TREE),
  ...checklistSearchDocs(checklistItems()),
  ...claimSearchDocs(),
  ...documentSearchDocs(),
  ...toolSearchDocs(),
];
const files = buildIndex(docs);
const searcher = new Searcher(files.core, (kind, n) => Promise.resolve(shardData(files, kind, n)));

async function topUrls(query: string, n = 3): Promise<string[]> {
  return (await searcher.search(query, n)).results.map((r) => r.url);
}

const isDocuments = (url: string): boolean => url.startsWith('/documents/');

describe('search over the whole site finds the tools and the documents', () => {
  it('reads the real guide (the test indexes what the site indexes)', () => {
    expect(docs.filter((d) => d.kind === 'guide').length).toBeGreaterThan(50);
  });

  it.each(['образец претензии', 'заявление о выдаче судебного приказа'])(
    '«%s» puts the documents in the top 3',
    async (query) => {
      expect((await topUrls(query)).some(isDocuments)).toBe(true);
    },
  );

  it.each([
    ['образец претензии', '/documents/?doc=claim'],
    ['заявление о выдаче судебного приказа', '/documents/?doc=court-order'],
    ['образец акта сверки', '/documents/?doc=reconciliation'],
    ['гарантийное письмо образец', '/documents/?doc=guarantee'],
    ['соглашение о рассрочке образец', '/documents/?doc=installment'],
    ['образец напоминания об оплате', '/documents/?doc=reminder'],
  ])('«%s» finds %s first among the documents, in the top 3', async (query, url) => {
    const top = await topUrls(query);
    expect(top).toContain(url);
    expect(top.find(isDocuments)).toBe(url);
  });

  it.each([
    ['образцы документов', '/documents/'],
    ['моё дело', '/delo/'],
    ['мое дело', '/delo/'],
    ['калькулятор рассрочки', '/calculator/'],
    ['журнал контактов', '/checklist/'],
    ['сколько требовать', '/claim/'],
  ])('«%s» finds the tool %s in the top 3', async (query, url) => {
    expect(await topUrls(query)).toContain(url);
  });

  it('every document of the catalog is one result, under the catalog name', () => {
    const found = documentSearchDocs();
    expect(found.map((d) => d.url)).toEqual(DOC_IDS.map((id) => `/documents/?doc=${id}`));
    for (const [i, id] of DOC_IDS.entries()) {
      expect(found[i]?.title.toLowerCase()).toContain(DOCS[id].name.toLowerCase());
    }
  });
});
