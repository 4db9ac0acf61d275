import { GUIDE_SECTIONS, type GuideSectionKey } from './guide-schema';

/** The minimum a navigation helper needs to know about a guide page. */
export interface GuideNavItem {
  /** URL slug (file name without extension). */
  slug: string;
  /** Full title. */
  title: string;
  /** Short label for navigation. */
  navTitle?: string | undefined;
  /** Section key. */
  section: GuideSectionKey;
  /** Reading order. */
  order: number;
}

/** A section of the guide with its pages in reading order. */
export interface GuideSectionGroup<T extends GuideNavItem> {
  key: GuideSectionKey;
  label: string;
  pages: T[];
}

/** Pages in reading order; refuses duplicate order numbers, which would make prev/next ambiguous. */
export function sortGuide<T extends GuideNavItem>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && prev.order === cur.order) {
      throw new Error(
        `Guide pages "${prev.slug}" and "${cur.slug}" share order ${cur.order}; give each a unique order.`,
      );
    }
  }
  return sorted;
}

/** Group pages by section, sections in their declared order, empty sections dropped. */
export function groupGuide<T extends GuideNavItem>(pages: readonly T[]): GuideSectionGroup<T>[] {
  const sorted = sortGuide(pages);
  return (Object.keys(GUIDE_SECTIONS) as GuideSectionKey[])
    .map((key) => ({ key, label: GUIDE_SECTIONS[key], pages: sorted.filter((p) => p.section === key) }))
    .filter((g) => g.pages.length > 0);
}

/** The previous and next pages in reading order around `slug`. */
export function neighbours<T extends GuideNavItem>(pages: readonly T[], slug: string): { prev?: T; next?: T } {
  const sorted = sortGuide(pages);
  const i = sorted.findIndex((p) => p.slug === slug);
  if (i < 0) throw new Error(`Unknown guide page "${slug}"`);
  const result: { prev?: T; next?: T } = {};
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** A heading as Astro's renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of a table of contents: an h2 with the h3s under it. */
export interface TocEntry extends Heading {
  children: Heading[];
}

/** The table of contents for a page: its h2s with their h3s, or nothing when the page has few sections. */
export function tableOfContents(headings: readonly Heading[], minSections = 3): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const h of headings) {
    if (h.depth === 2) entries.push({ ...h, children: [] });
    else if (h.depth === 3) entries.at(-1)?.children.push(h);
  }
  return entries.length >= minSections ? entries : [];
}
