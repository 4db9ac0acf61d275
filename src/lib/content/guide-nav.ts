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

/** Up to this many pages, every list of the guide (sidebar, home, /guide/, /search/) shows every page. */
export const SMALL_GUIDE = 20;
/** Pages each section shows on the home page, /guide/ and /search/ once the guide is larger than that. */
export const PAGES_PER_SECTION_PREVIEW = 3;
/** Pages of its own section a guide page's sidebar lists (around it) once the guide is large. */
export const SIDEBAR_WINDOW = 12;
/** Pages listed on one page of a section's table of contents. */
export const SECTION_PAGE_SIZE = 50;

/** URL words of the sections' own pages (transliterated, like the guide's page slugs). */
export const GUIDE_SECTION_SLUGS: Readonly<Record<GuideSectionKey, string>> = {
  basics: 'chto-delat',
  reasons: 'pochemu-ne-platyat',
  terms: 'usloviya-i-dokumenty',
  options: 'kak-dogovoritsya',
  law: 'yuridicheskiy-put',
};

/** A section as a list shows it: some or all of its pages, and where its full list is. */
export interface SectionOutline<T extends GuideNavItem> extends GuideSectionGroup<T> {
  /** The URL word of the section's own page: `routes.guideSection(slug)`. */
  slug: string;
  /** How many pages the section has in all. */
  total: number;
  /** Whether the section has pages not listed here. */
  more: boolean;
}

function outline<T extends GuideNavItem>(group: GuideSectionGroup<T>, shown: T[]): SectionOutline<T> {
  const total = group.pages.length;
  return { ...group, pages: shown, slug: GUIDE_SECTION_SLUGS[group.key], total, more: shown.length < total };
}

/**
 * The guide by section, as the home page, /guide/ and /search/ list it: every page while the guide is
 * small, then the first `perSection` pages of each section in reading order (the rest are on the
 * section's own page), so these pages weigh the same at 15 guide pages as at 1,000.
 */
export function guideOutline<T extends GuideNavItem>(
  pages: readonly T[],
  perSection = PAGES_PER_SECTION_PREVIEW,
): SectionOutline<T>[] {
  const small = pages.length <= SMALL_GUIDE;
  return groupGuide(pages).map((g) => outline(g, small ? g.pages : g.pages.slice(0, perSection)));
}

/**
 * A guide page's sidebar: every section, with every page while the guide is small; once it is large, the
 * pages of the current page's own section around it (`window` of them), the other sections as links to
 * their own pages.
 */
export function sidebarOutline<T extends GuideNavItem>(
  pages: readonly T[],
  current: string,
  window = SIDEBAR_WINDOW,
): SectionOutline<T>[] {
  const small = pages.length <= SMALL_GUIDE;
  return groupGuide(pages).map((g) => {
    const i = g.pages.findIndex((p) => p.slug === current);
    if (small) return outline(g, g.pages);
    if (i < 0) return outline(g, []);
    const start = Math.max(0, Math.min(i - Math.floor(window / 2), g.pages.length - window));
    return outline(g, g.pages.slice(start, start + window));
  });
}
