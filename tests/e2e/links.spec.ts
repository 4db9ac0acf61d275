import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, builtPages } from './support/site';

/** The built file that serves a root-relative path, or null when the path is not a page or file of the site. */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const idCache = new Map<string, Set<string>>();
/** Every id on a built page. */
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

test('every internal link and #anchor in dist/ resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    const file = fileFor(page);
    if (!file) throw new Error(`no file for ${page}`);
    const root = parse(readFileSync(file, 'utf8'));
    const refs = [
      ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
      ...root.querySelectorAll('link[href]:not([rel="canonical"])').map((l) => l.getAttribute('href') ?? ''),
      ...root.querySelectorAll('form[action]').map((f) => f.getAttribute('action') ?? ''),
    ];
    for (const href of refs) {
      if (/^(mailto:|tel:|data:)/.test(href)) continue;
      if (/^https?:/.test(href)) {
        broken.push(`${page}: external link ${href} (the site links to no third party)`);
        continue;
      }
      const url = new URL(href, `http://site${page}`);
      const target = fileFor(url.pathname);
      checked++;
      if (!target) {
        broken.push(`${page}: ${href} → no such page`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) broken.push(`${page}: ${href} → no element with id "${id}"`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

test('every page has a unique title and meta description', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const clashes: string[] = [];
  for (const page of builtPages()) {
    const file = fileFor(page);
    if (!file) continue;
    const root = parse(readFileSync(file, 'utf8'));
    if (root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')) continue;
    const title = root.querySelector('title')?.text ?? '';
    const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(title, `${page} has a title`).not.toBe('');
    expect(description.length, `${page} has a description`).toBeGreaterThan(40);
    if (titles.has(title)) clashes.push(`title "${title}": ${titles.get(title)} and ${page}`);
    if (descriptions.has(description)) clashes.push(`description: ${descriptions.get(description)} and ${page}`);
    titles.set(title, page);
    descriptions.set(description, page);
  }
  expect(clashes).toEqual([]);
});

test('the sitemap lists every indexable page and robots.txt points to it', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  for (const page of builtPages()) {
    const file = fileFor(page);
    if (!file) continue;
    const noindex = parse(readFileSync(file, 'utf8'))
      .querySelector('meta[name="robots"]')
      ?.getAttribute('content')
      ?.includes('noindex');
    expect(listed.has(page), `${page} in sitemap`).toBe(!noindex);
  }
});
