/**
 * The typography rules on the built site (docs/decisions/060): every page's visible text, code excluded, and
 * no no-break space smuggled into a link or a form value, where it would break parsing.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { builtPages, DIST } from './support/site';
import { typographyProblems } from '../../src/lib/typography/check';

const VERBATIM = new Set(['script', 'style', 'code', 'pre', 'textarea', 'kbd', 'samp']);

function html(path: string): HTMLElement {
  return parse(readFileSync(join(DIST, decodeURI(path), 'index.html'), 'utf8'));
}

/** The text nodes of a page, outside code, each as it is (nodes are not joined: markup may split a phrase). */
function textNodes(root: HTMLElement): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) out.push(node.text);
    else if (
      node.nodeType === NodeType.ELEMENT_NODE &&
      !VERBATIM.has(((node as HTMLElement).rawTagName ?? '').toLowerCase())
    ) {
      node.childNodes.forEach(walk);
    }
  };
  walk(root);
  return out;
}

const pages = builtPages();
/**
 * Pages whose text comes from the content the build typographs (guide MDX, tree and checklist JSON). Text written
 * by hand in a tool's .astro or island is not covered by the rule set (docs/decisions/060).
 */
const CONTENT_PAGES = pages.filter((p) => /^\/(guide|plan|checklist)\//.test(p));

test('the typography rules hold on every page built from the content', () => {
  expect(CONTENT_PAGES.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const path of CONTENT_PAGES) {
    for (const text of textNodes(html(path))) {
      for (const p of typographyProblems(text)) problems.push(`${decodeURI(path)}: ${p}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the guide and the plans carry no-break spaces in amounts (the rules did run)', () => {
  const sud = textNodes(html('/guide/sud/')).join(' ');
  expect(sud).toMatch(/\d\u202f\d{3}\u00a0₽/);
  const plan = textNodes(html('/plan/simplified-business/')).join(' ');
  expect(plan).toMatch(/1\u202f200\u202f000\u00a0₽/);
  expect(plan).toMatch(/ст\.\u00a0227/);
});

test('no no-break space in a link, a form value or an id', () => {
  const bad: string[] = [];
  for (const path of pages) {
    for (const el of html(path).querySelectorAll('[href], [value], [id], [action]')) {
      for (const attr of ['href', 'value', 'id', 'action']) {
        const v = el.getAttribute(attr);
        if (v && /[\u00a0\u202f]/.test(v)) bad.push(`${decodeURI(path)}: ${attr}="${v}"`);
      }
    }
  }
  expect(bad).toEqual([]);
});
