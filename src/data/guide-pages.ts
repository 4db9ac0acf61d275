/**
 * The guide's pages, read from the content collection in one place (build time only): every page, list and
 * check that needs the guide asks here instead of calling getCollection('guide') itself.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { GuidePage } from '../lib/content/guide-schema';
import { sortGuide } from '../lib/content/guide-nav';
import { sitePaths } from '../lib/site/routes';

/**
 * The collection read once per build: getCollection() copies every entry on each call, and each of the
 * build's ~1,000 pages asks for the guide (sidebar, lists), which made reading it grow with the square of
 * the page count (docs/decisions/102). The dev server reads it afresh, so edits show on reload.
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (loaded ??= load()));
}

/** A guide page's frontmatter with its slug (the file name, which is its URL). */
export type GuidePageData = GuidePage & { slug: string };

/** Every guide entry of the collection, in reading order (for rendering). Shared: do not change it. */
export const guideEntries: () => Promise<CollectionEntry<'guide'>[]> = oncePerBuild(async () => {
  const entries = await getCollection('guide');
  const order = new Map(guideData(entries).map((p, i) => [p.slug, i]));
  return entries.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
});

/** Frontmatter plus slug of each entry, in reading order (refuses two pages with the same order). */
function guideData(entries: readonly CollectionEntry<'guide'>[]): GuidePageData[] {
  return sortGuide(entries.map((e) => ({ slug: e.id, ...e.data })));
}

/** Every guide page's data, in reading order. Shared: do not change it. */
export const guidePages: () => Promise<GuidePageData[]> = oncePerBuild(async () =>
  guideData(await getCollection('guide')),
);

/** Every "/guide/<slug>/" and "/guide/<slug>/#<heading-id>" the site has, as site paths (content links use them). */
export async function guideTargets(): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const entry of await getCollection('guide')) {
    targets.add(sitePaths.guide(entry.id));
    const { headings } = await render(entry);
    for (const h of headings) targets.add(sitePaths.guide(entry.id, h.slug));
  }
  return targets;
}
