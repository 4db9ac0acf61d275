import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  PAGES_CACHE,
  PRECACHE_GLOBS,
  SEARCH_CACHE,
  isToolPage,
  registrationScript,
} from '../../../src/lib/site/offline';
import { sitePaths } from '../../../src/lib/site/routes';

describe('what the service worker keeps offline', () => {
  it('every tool page is a tool page, guide pages and the home page are not', () => {
    for (const path of [
      sitePaths.claim(),
      sitePaths.calculator(),
      sitePaths.checklist(),
      sitePaths.documents(),
      sitePaths.plan(),
      sitePaths.question('reason'),
    ])
      expect(isToolPage(path), path).toBe(true);
    for (const path of [sitePaths.home(), sitePaths.guide('sud'), sitePaths.guide(), sitePaths.search()])
      expect(isToolPage(path), path).toBe(false);
  });

  it('the precache holds the tool pages, every script and the search core; the guide pages are left to the runtime cache', () => {
    expect(PRECACHE_GLOBS).toEqual(
      expect.arrayContaining([
        'claim/**/index.html',
        'documents/**/index.html',
        'checklist/**/index.html',
        '_astro/**/*.{js,css}',
        'search/data/core.json.gz',
      ]),
    );
    expect(PRECACHE_GLOBS.some((g) => g.startsWith('guide'))).toBe(false);
    expect(PAGES_CACHE.files.test('guide/sud/index.html')).toBe(true);
    expect(PAGES_CACHE.files.test('claim/index.html')).toBe(false);
    expect(SEARCH_CACHE.files.test('search/data/b3.d54e871989.json.gz')).toBe(true);
    expect(SEARCH_CACHE.files.test('search/data/core.json.gz')).toBe(false);
  });

  it('the runtime caches are capped, as ADR 120 states', () => {
    const adr = readFileSync('docs/decisions/120-offline-service-worker.md', 'utf8');
    for (const cache of [PAGES_CACHE, SEARCH_CACHE]) {
      expect(adr).toContain(`${cache.maxEntries} entries`);
      expect(adr).toContain(`${cache.maxBytes / 1024 / 1024} MB`);
    }
  });

  it('the registration script is small, registers <base>sw.js only once the page has loaded, and never throws', async () => {
    for (const base of ['/', '/kp/']) {
      const script = registrationScript(base);
      expect(new TextEncoder().encode(script).length).toBeLessThan(160);
      const registered: string[] = [];
      const onLoad: (() => void)[] = [];
      const navigator = {
        serviceWorker: {
          register: (url: string) => {
            registered.push(url);
            return Promise.reject(new Error('blocked'));
          },
        },
      };
      const addEventListener = (type: string, f: () => void) => type === 'load' && onLoad.push(f);
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the inline script is what this test checks
      const run = new Function('navigator', 'addEventListener', script) as (nav: unknown, add: unknown) => void;
      run(navigator, addEventListener);
      expect(registered).toEqual([]);
      onLoad.forEach((f) => f());
      expect(registered).toEqual([`${base}sw.js`]);
      // A refused registration is caught, not left as an unhandled rejection.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A browser without service workers: nothing happens.
      expect(() => run({}, addEventListener)).not.toThrow();
    }
  });

  it('the manifest makes the site installable from wherever it is deployed (URLs relative to itself)', () => {
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      theme_color: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe('Клиент не платит');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect([manifest.start_url, manifest.scope]).toEqual(['./', './']);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      expect(icon.src).not.toMatch(/^\//);
      const png = readFileSync(`public/${icon.src}`);
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  });
});
