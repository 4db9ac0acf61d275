import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, mayLoadScripts } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();

/**
 * axe with the WCAG rules, run in the page itself: the pages have no frames, and the default mode opens a
 * second page per check to merge frame results, which costs up to half of each check (same findings).
 */
const axeCheck = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);

/** Collect what a page does while loading: console errors, failed and third-party requests, script fetches. */
function watch(page: Page, origin: string) {
  const seen = { problems: [] as string[], scripts: [] as string[] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => seen.problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.origin !== origin) seen.problems.push(`third-party request: ${req.url()}`);
    if (req.resourceType() === 'script') seen.scripts.push(req.url());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) seen.problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return seen;
}

/** The list cut into groups of `size`: one test checks a group in one browser page (a new context per page costs more). */
function groups<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Pages per test: enough to save the browser set-up, few enough that two workers share the work evenly. */
const GROUP = 8;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

/** Accessibility is checked at a phone's width and a laptop's: wide tables, menus and forms differ between them. */
const WIDTHS = [
  { name: 'phone, 390 px', viewport: { width: 390, height: 844 } },
  { name: 'laptop, 1280 px', viewport: { width: 1280, height: 800 } },
] as const;

for (const { name, viewport } of WIDTHS) {
  test.describe(name, () => {
    test.use({ viewport });
    for (const group of groups(pages, GROUP)) {
      const range = `${decodeURI(group[0] ?? '')} … ${decodeURI(group.at(-1) ?? '')}`;
      test(`pages ${range} load cleanly and are accessible`, async ({ page, baseURL }) => {
        test.setTimeout(group.length * 30_000);
        const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
        const seen = watch(page, origin);
        for (const path of group) {
          await test.step(decodeURI(path), async () => {
            seen.problems.length = 0;
            seen.scripts.length = 0;
            await checkPage(page, path, seen);
            // Each page starts as for a new visitor: nothing saved by the page before it, nothing still loading.
            await page.evaluate(() => {
              localStorage.clear();
              sessionStorage.clear();
            });
            await page.goto('about:blank');
          });
        }
      });
    }
  });
}

/** One page: status, one h1, language, CSP, no script where none may load, zero axe violations, no problem. */
async function checkPage(page: Page, path: string, seen: ReturnType<typeof watch>): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), 'HTTP status').toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('meta[name="referrer"]'), 'no referrer sent to linked sites').toHaveAttribute(
    'content',
    'no-referrer',
  );
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp, 'a Content-Security-Policy meta tag').toBeTruthy();
  expect(csp).not.toContain("'unsafe-inline'");
  if (!mayLoadScripts(path)) {
    expect(seen.scripts, 'script files fetched on a page that must load none').toEqual([]);
    await expect(page.locator('script[src], script[type="module"], astro-island')).toHaveCount(0);
  }
  await expect(page.locator('iframe, frame'), 'no frames (axe runs in the page alone)').toHaveCount(0);
  const axe = await axeCheck(page).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(seen.problems).toEqual([]);
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/net-takoy-stranicy/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main a[href="/"]')).toHaveCount(1);
  const axe = await axeCheck(page).analyze();
  expect(axe.violations).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  const dark = pages.filter((p) => p === '/' || p.startsWith('/guide/')).slice(0, 3);
  test(`${dark.map((p) => decodeURI(p)).join(', ')} have enough contrast in dark mode`, async ({ page }) => {
    test.setTimeout(dark.length * 30_000);
    for (const path of dark) {
      await test.step(decodeURI(path), async () => {
        await page.goto(path);
        const axe = await axeCheck(page).analyze();
        expect(
          axe.violations.map((v) => v.id),
          decodeURI(path),
        ).toEqual([]);
      });
    }
  });
});

test.describe('narrow phone, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const group of groups(
    pages.filter((p) => !mayLoadScripts(p)),
    GROUP * 2,
  )) {
    test(`pages ${decodeURI(group[0] ?? '')} … ${decodeURI(group.at(-1) ?? '')} fit without sideways scrolling`, async ({
      page,
    }) => {
      test.setTimeout(group.length * 10_000);
      for (const path of group) {
        await test.step(decodeURI(path), async () => {
          await page.goto(path);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, decodeURI(path)).toBeLessThanOrEqual(0);
        });
      }
    });
  }
});
