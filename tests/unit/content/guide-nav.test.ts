import { describe, expect, it } from 'vitest';
import {
  groupGuide,
  neighbours,
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
