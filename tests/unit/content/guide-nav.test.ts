import { describe, expect, it } from 'vitest';
import {
  GUIDE_SECTION_SLUGS,
  PAGES_PER_SECTION_PREVIEW,
  SIDEBAR_WINDOW,
  SMALL_GUIDE,
  groupGuide,
  guideOutline,
  neighbours,
  sidebarOutline,
  sortGuide,
  tableOfContents,
  type GuideNavItem,
} from '../../../src/lib/content/guide-nav';

const page = (slug: string, order: number, section: GuideNavItem['section']): GuideNavItem => ({
  slug,
  title: slug.toUpperCase(),
  section,
  order,
});
const pages = [page('c', 3, 'law'), page('a', 1, 'basics'), page('b', 2, 'reasons'), page('d', 4, 'basics')];

describe('guide navigation', () => {
  it('sorts pages by order', () => {
    expect(sortGuide(pages).map((p) => p.slug)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses two pages with the same order, naming both', () => {
    expect(() => sortGuide([page('x', 1, 'basics'), page('y', 1, 'law')])).toThrow(/"x" and "y" share order 1/);
  });

  it('groups by section in the declared section order, dropping empty sections', () => {
    const groups = groupGuide(pages);
    expect(groups.map((g) => g.key)).toEqual(['basics', 'reasons', 'law']);
    expect(groups[0]?.pages.map((p) => p.slug)).toEqual(['a', 'd']);
  });

  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['d', 'c', undefined],
  ])('neighbours of %s are %s and %s', (slug, prev, next) => {
    const n = neighbours(pages, slug);
    expect(n.prev?.slug).toBe(prev);
    expect(n.next?.slug).toBe(next);
  });

  it('refuses an unknown page', () => {
    expect(() => neighbours(pages, 'zzz')).toThrow(/Unknown guide page/);
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('nests h3 under their h2 when there are at least three sections, ignoring deeper headings', () => {
    const toc = tableOfContents([h(3, 'orphan'), h(2, 'a'), h(3, 'a1'), h(4, 'x'), h(2, 'b'), h(2, 'c'), h(3, 'c1')]);
    expect(toc.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
      ['c', ['c1']],
    ]);
  });
  it('is empty for a short page', () => {
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(3, 'b1')])).toEqual([]);
  });
});

describe('navigation that does not grow with the guide', () => {
  const sections: GuideNavItem['section'][] = ['basics', 'reasons', 'terms', 'options', 'law'];
  const many = (n: number): GuideNavItem[] =>
    Array.from({ length: n }, (_, i) => page(`p${i}`, i + 1, sections[i % sections.length] ?? 'basics'));

  it('a small guide shows every page everywhere: the whole outline in one place', () => {
    const guide = many(SMALL_GUIDE);
    expect(guideOutline(guide).flatMap((g) => g.pages)).toHaveLength(SMALL_GUIDE);
    expect(sidebarOutline(guide, 'p3').flatMap((g) => g.pages)).toHaveLength(SMALL_GUIDE);
    expect(guideOutline(guide).some((g) => g.more)).toBe(false);
  });

  it('a large guide lists a few pages per section, the first in reading order, and links each full list', () => {
    const groups = guideOutline(many(1000));
    expect(groups).toHaveLength(5);
    for (const g of groups) {
      expect(g.pages).toHaveLength(PAGES_PER_SECTION_PREVIEW);
      expect(g.total).toBe(200);
      expect(g.more).toBe(true);
      expect(g.slug).toBe(GUIDE_SECTION_SLUGS[g.key]);
    }
    expect(groups[0]?.pages.map((p) => p.slug)).toEqual(['p0', 'p5', 'p10']);
  });

  it("a large guide's sidebar lists the pages around the current one in its own section, other sections as links", () => {
    const guide = many(1000);
    const bar = sidebarOutline(guide, 'p502');
    const own = bar.find((g) => g.key === 'terms');
    expect(own?.pages).toHaveLength(SIDEBAR_WINDOW);
    expect(own?.pages.map((p) => p.slug)).toContain('p502');
    expect(bar.filter((g) => g.key !== 'terms').every((g) => g.pages.length === 0 && g.more)).toBe(true);
    // At the start of a section the window starts there too.
    expect(sidebarOutline(guide, 'p0')[0]?.pages[0]?.slug).toBe('p0');
    expect(
      sidebarOutline(guide, 'p999')
        .find((g) => g.key === 'law')
        ?.pages.at(-1)?.slug,
    ).toBe('p999');
  });

  it('sections have their own pages, the next pages of a long section numbered', () => {
    expect(GUIDE_SECTION_SLUGS.basics).toBe('chto-delat');
    expect(GUIDE_SECTION_SLUGS.law).toBe('yuridicheskiy-put');
    expect(new Set(Object.values(GUIDE_SECTION_SLUGS)).size).toBe(Object.keys(GUIDE_SECTION_SLUGS).length);
  });
});
