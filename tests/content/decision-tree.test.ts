import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { TREE } from '../../src/lib/decision-tree/load';
import { next, questionOf } from '../../src/lib/decision-tree/engine';
import { outcomesOf, questionsOf } from '../../src/lib/decision-tree/build';
import { documentsNamed, speaksOfInterest, validateTree } from '../../src/lib/decision-tree/content-check';
import { DOC_IDS } from '../../src/lib/documents/catalog';
import { DEBTOR_QUESTION } from '../../src/lib/decision-tree/links';
import { DEBTORS } from '../../src/lib/claim/url-state';
import { outcomeSearchDocs } from '../../src/lib/decision-tree/search-docs';

/**
 * Every "/guide/<slug>/" and "/guide/<slug>/#<anchor>" of the guide, read from content/guide/*.mdx (anchors as
 * the site makes them: github-slugger of the heading text) — independent of the tree it checks.
 */
function guideTargetsOnDisk(): Set<string> {
  const targets = new Set<string>();
  for (const file of readdirSync('content/guide').filter((f) => f.endsWith('.mdx'))) {
    const slug = file.replace(/\.mdx$/, '');
    const slugger = new GithubSlugger();
    targets.add(`/guide/${slug}/`);
    for (const m of readFileSync(`content/guide/${file}`, 'utf8').matchAll(/^#{2,4}\s+(.+)$/gm))
      targets.add(`/guide/${slug}/#${slugger.slug((m[1] ?? '').trim())}`);
  }
  return targets;
}

/** No journey may need more questions than this. */
const MAX_QUESTIONS = 8;

/** Every path from the first question, as the list of node ids it visits. */
function allPaths(): string[][] {
  const paths: string[][] = [];
  const go = (id: string, trail: string[]): void => {
    if (trail.length > MAX_QUESTIONS + 1) throw new Error(`path too long: ${trail.join(' → ')}`);
    const question = questionOf(TREE, id);
    if (!question) {
      paths.push([...trail, id]);
      return;
    }
    for (const a of question.answers) {
      const to = next(TREE, id, a.id);
      if (!to) throw new Error(`${id}: answer ${a.id} leads nowhere`);
      go(to, [...trail, id]);
    }
  };
  go(TREE.start, []);
  return paths;
}

describe('the real decision tree', () => {
  const paths = allPaths();
  const outcomes = outcomesOf(TREE);

  it('passes the validator against the guide as it is on disk (pages and heading anchors)', () => {
    expect(validateTree(TREE, guideTargetsOnDisk())).toEqual([]);
  });

  it('every path ends at an outcome within the bound', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const end = path.at(-1) ?? '';
      expect(TREE.nodes[end]?.kind, path.join(' → ')).toBe('outcome');
      expect(path.length - 1).toBeLessThanOrEqual(MAX_QUESTIONS);
    }
  });

  it('every outcome is reached by some path, and there are at least 12', () => {
    const reached = new Set(paths.map((p) => p.at(-1)));
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
    for (const o of outcomes) expect(reached.has(o.id), o.id).toBe(true);
  });

  it('every question is visited by some path and has at least two answers', () => {
    const visited = new Set(paths.flat());
    for (const question of questionsOf(TREE)) {
      expect(visited.has(question.id), question.id).toBe(true);
      expect(question.answers.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the engine refuses answers that are not in the tree at every question', () => {
    for (const question of questionsOf(TREE)) expect(next(TREE, question.id, 'no-such-answer')).toBeNull();
  });

  it('every outcome is a complete plan: steps, documents, guide, checklist; titles and descriptions unique', () => {
    const titles = new Set(outcomes.map((o) => o.title));
    const descriptions = new Set(outcomes.map((o) => o.description));
    expect(titles.size).toBe(outcomes.length);
    expect(descriptions.size).toBe(outcomes.length);
    for (const o of outcomes) {
      expect(o.steps.length, o.id).toBeGreaterThanOrEqual(3);
      expect(o.documents.length, o.id).toBeGreaterThanOrEqual(1);
      expect(
        o.guide.some((g) => g.href.includes('#')),
        `${o.id} links to a guide section`,
      ).toBe(true);
      expect(o.checklist.length, o.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('yields one search document per outcome, deep-linking to its page', () => {
    const docs = outcomeSearchDocs(TREE);
    expect(docs).toHaveLength(outcomes.length);
    for (const d of docs) {
      expect(d.kind).toBe('outcome');
      expect(d.url).toMatch(/^\/plan\/[a-z0-9-]+\/$/);
      expect(d.id).toMatch(/^outcome:/);
      expect(d.text.length).toBeGreaterThan(100);
    }
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('every plan that says to count the debt and interest links the claim calculator', () => {
    const counting = outcomes.filter((o) => speaksOfInterest(o.steps));
    // The court plans all say it; a detector that finds none would make this test empty.
    expect(counting.map((o) => o.id)).toEqual(
      expect.arrayContaining(['court-order-business', 'lawsuit-business', 'court-order-person', 'order-cancelled']),
    );
    for (const o of counting) expect(o.claim, o.id).toBe(true);
  });

  it('every plan step that names a document links it (/documents/?doc=…), and links nothing it does not name', () => {
    const steps = outcomes.flatMap((o) => o.steps.map((s, i) => ({ where: `${o.id}, шаг ${i + 1}`, ...s })));
    const naming = steps.filter((s) => documentsNamed(s).length > 0);
    // Every document is named by some plan; a detector that found none would make this test empty.
    expect(new Set(naming.flatMap((s) => documentsNamed(s)))).toEqual(new Set(DOC_IDS));
    for (const s of steps) expect([...s.docs].sort(), s.where).toEqual(documentsNamed(s).sort());
  });

  it('the debtor question answers with the ids the claim calculator reads (debtor=company|ip|person)', () => {
    const ids = questionOf(TREE, DEBTOR_QUESTION)?.answers.map((a) => a.id);
    expect(ids).toEqual([...DEBTORS]);
  });
});
