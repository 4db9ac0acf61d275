/**
 * The site deployed under a sub-folder: `npm run build:base` builds it with SITE_BASE=/kp/ into dist-base/
 * (npm test does so before the end-to-end tests). Every internal URL must carry /kp/ and resolve; search and
 * the tree must keep the user under /kp/.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages } from './support/site';
import { fileUnder, serveBuild } from './support/serve-build';

const DIST_BASE = join(process.cwd(), 'dist-base');
const BASE = '/kp/';
/** The built file for a URL path under /kp/, or null. */
const fileFor = (pathname: string): string | null => fileUnder(DIST_BASE, BASE, pathname);

test.beforeAll(() => {
  if (!existsSync(join(DIST_BASE, 'index.html')))
    throw new Error('dist-base/ is missing: run `npm run build:base` (npm test does) before this spec.');
});

test('every internal href, src and action carries /kp/ and resolves; canonicals, sitemap and robots.txt too', () => {
  const bad: string[] = [];
  const pages = builtPages(DIST_BASE);
  for (const page of pages) {
    const root = parse(readFileSync(join(DIST_BASE, page, 'index.html'), 'utf8'));
    const refs = [
      ...root.querySelectorAll('[href]').map((e) => e.getAttribute('href') ?? ''),
      ...root.querySelectorAll('[src]').map((e) => e.getAttribute('src') ?? ''),
      ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action') ?? ''),
      ...root
        .querySelectorAll('astro-island')
        .flatMap((e) => [e.getAttribute('component-url') ?? '', e.getAttribute('renderer-url') ?? '']),
      ...root.querySelectorAll('[data-search-module]').map((e) => e.getAttribute('data-search-module') ?? ''),
    ];
    for (const ref of refs) {
      if (ref.startsWith('#') || /^(mailto:|tel:|data:)/.test(ref)) continue;
      if (/^https?:/.test(ref)) {
        if (!ref.startsWith(`https://klient-ne-platit.ru${BASE}`))
          bad.push(`${page}: ${ref} (absolute, not under ${BASE})`);
        continue;
      }
      const url = new URL(ref, `http://site${BASE}${page.slice(1)}`);
      if (!url.pathname.startsWith(BASE)) bad.push(`${page}: ${ref} (not under ${BASE})`);
      else if (!fileFor(url.pathname)) bad.push(`${page}: ${ref} (no such file)`);
    }
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (canonical !== `https://klient-ne-platit.ru${BASE}${page.slice(1)}`) bad.push(`${page}: canonical ${canonical}`);
  }
  expect(bad).toEqual([]);
  expect(pages.length).toBeGreaterThan(20);

  const sitemap = readFileSync(join(DIST_BASE, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(locs.length).toBeGreaterThan(10);
  expect(locs.filter((l) => !l.startsWith(`https://klient-ne-platit.ru${BASE}`))).toEqual([]);
  expect(locs.filter((l) => !fileFor(new URL(l).pathname))).toEqual([]);
  const robots = readFileSync(join(DIST_BASE, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: https://klient-ne-platit.ru${BASE}sitemap-index.xml`);
});

test.describe('in the browser, under /kp/', () => {
  let origin = '';
  let stop = (): Promise<void> => Promise.resolve();
  test.beforeAll(async () => {
    ({ origin, stop } = await serveBuild(DIST_BASE, BASE));
  });
  test.afterAll(() => stop());

  test('search finds pages under /kp/ and the tree answers stay under /kp/', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${origin}${BASE}guide/pervye-shagi/`);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('претензия');
    const results = dialog.locator('a.search-result');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}`));

    await page.goto(`${origin}${BASE}plan/q/reason/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.locator('a.dt-answer').first().click();
    await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}plan/q/[a-z-]+/\\?a=reason:`));
    await expect(page.locator('a.dt-answer').first()).toHaveAttribute('href', new RegExp(`^${BASE}plan/`));
    await expect(page.locator('[data-restart]')).toHaveAttribute('href', `${BASE}plan/q/reason/`);
    expect(failed).toEqual([]);
  });
});
