import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { checklistItems, checklistPhases } from '../../src/lib/checklist/data';
import { REQUIRED_ITEM_IDS } from '../../src/lib/checklist/items';

/** Heading anchors of a guide page, as the site generates them (github-slugger of the heading text). */
function anchors(slug: string): Set<string> {
  const text = readFileSync(join(process.cwd(), 'content', 'guide', `${slug}.mdx`), 'utf8');
  const slugger = new GithubSlugger();
  return new Set([...text.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => slugger.slug(m[1]!.trim())));
}

describe('the real checklist content', () => {
  const items = checklistItems();

  it('has four phases and every id the rest of the site links to', () => {
    expect(checklistPhases().map((p) => p.id)).toEqual(['before', 'during', 'after', 'escalation']);
    for (const id of REQUIRED_ITEM_IDS) expect(items.map((i) => i.id)).toContain(id);
  });

  it.each(items.map((i) => [i.id, i.guide.href] as const))(
    '%s links to a guide section that exists (%s)',
    (_id, href) => {
      const [, slug, anchor] = /^\/guide\/([a-z0-9-]+)\/#(.+)$/.exec(href) ?? [];
      expect(existsSync(join(process.cwd(), 'content', 'guide', `${slug}.mdx`)), `page ${slug}`).toBe(true);
      expect(anchors(slug!).has(anchor!), `anchor #${anchor} on ${slug}`).toBe(true);
    },
  );
});
