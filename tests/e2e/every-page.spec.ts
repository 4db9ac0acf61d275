import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, mayLoadScripts } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();

/** Collect what a page does while loading: console errors, failed and third-party requests, script fetches. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`third-party request: ${req.url()}`);
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems, scripts };
}

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
    for (const path of pages) {
      test(`page ${decodeURI(path)} loads cleanly and is accessible`, async ({ page, baseURL }) => {
        await checkPage(page, path, baseURL);
      });
    }
  });
}

/** One page: status, one h1, language, CSP, no script where none may load, zero axe violations, no problem. */
async function checkPage(page: Page, path: string, baseURL: string | undefined): Promise<void> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const seen = watch(page, origin);
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
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(seen.problems).toEqual([]);
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/net-takoy-stranicy/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main a[href="/"]')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of pages.filter((p) => p === '/' || p.startsWith('/guide/')).slice(0, 3)) {
    test(`${decodeURI(path)} has enough contrast in dark mode`, async ({ page }) => {
      await page.goto(path);
      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

test.describe('narrow phone, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages.filter((p) => !mayLoadScripts(p))) {
    test(`${decodeURI(path)} fits without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
