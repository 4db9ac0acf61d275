// Everything search finds, from every part of the site. To add a part, add one line to SOURCES that returns
// its SearchDoc[] (e.g. `async () => outcomeSearchDocs(tree)`, `async () => checklistSearchDocs(items)`).
import { render } from 'astro:content';
import { guideEntries, guidePages } from '../../data/guide-pages';
import { routes } from '../../lib/site/routes';
import type { SearchDoc } from '../../lib/search/doc';
import { guideSearchDocs } from '../../lib/search/guide-docs';
import { buildIndex } from '../../lib/search/build-index';
import type { IndexFiles } from '../../lib/search/format';
import { outcomeSearchDocs } from '../../lib/decision-tree/search-docs';
import { TREE } from '../../lib/decision-tree/load';
import { checklistSearchDocs } from '../../lib/checklist/search-docs';
import { checklistItems } from '../../lib/checklist/data';
import { claimSearchDocs } from '../../lib/claim/search-docs';
import { documentSearchDocs } from '../../lib/documents/search-docs';
import { toolSearchDocs } from '../../lib/search/tool-docs';

/** Guide sections, in reading order. */
async function guideDocs(): Promise<SearchDoc[]> {
  const bySlug = new Map((await guideEntries()).map((e) => [e.id, e]));
  const ordered = await guidePages();
  const docs: SearchDoc[] = [];
  for (const page of ordered) {
    const entry = bySlug.get(page.slug);
    if (!entry) continue;
    const { headings } = await render(entry);
    docs.push(...guideSearchDocs({ ...page, body: entry.body ?? '', headings }));
  }
  return docs;
}

/** The sources of search documents, in the order results tie-break. */
const SOURCES: readonly (() => Promise<SearchDoc[]>)[] = [
  guideDocs,
  () => Promise.resolve(outcomeSearchDocs(TREE)),
  // These sources give site paths ("/checklist/#id", "/claim/"); the base is added here.
  () => Promise.resolve(checklistSearchDocs(checklistItems()).map((d) => ({ ...d, url: routes.path(d.url) }))),
  () => Promise.resolve(claimSearchDocs().map((d) => ({ ...d, url: routes.path(d.url) }))),
  () => Promise.resolve(documentSearchDocs().map((d) => ({ ...d, url: routes.path(d.url) }))),
  // The tools' pages: their addresses come from SECTION_PAGES, which already carry the base.
  () => Promise.resolve(toolSearchDocs()),
];

let built: Promise<IndexFiles> | undefined;

/** The search index, built once per build from every source. */
export function searchIndex(): Promise<IndexFiles> {
  built ??= Promise.all(SOURCES.map((s) => s())).then((lists) => buildIndex(lists.flat()));
  return built;
}
