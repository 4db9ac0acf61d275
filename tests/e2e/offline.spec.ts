/**
 * Offline (docs/decisions/120): one visit online installs the service worker; then, with no network, a guide
 * page read before, the claim calculator from a link with its query, the documents (down to a .docx) and the
 * checklist all open and work. The same for the site built under /kp/ (`npm run build:base`, served here from
 * dist-base/ as in base-path.spec.ts).
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveBuild } from './support/serve-build';

const READY = { timeout: 30_000 };
const DIST_BASE = join(process.cwd(), 'dist-base');
const BASE = '/kp/';

/** Wait until the service worker has installed (precache done) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The tour: `root` is the site's address with its base ("http://127.0.0.1:4422/" or "…/kp/"). `cut` takes the
 * network away (the browser context offline, and the server stopped where the test owns it).
 */
async function tour(page: Page, context: BrowserContext, root: string, cut: () => Promise<void>): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The page the reader lands on, before any worker exists: the worker caches it when it activates.
  await page.goto(`${root}guide/pervye-shagi/`);
  await controlled(page);
  // A second guide page read online, now through the worker.
  await page.goto(`${root}guide/sud/`);
  await expect(page.locator('h1')).toBeVisible();
  await cut();
  await context.setOffline(true);

  const landed = await page.goto(`${root}guide/pervye-shagi/`);
  expect(landed?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${root}guide/sud/`);
  await expect(page.locator('h1')).toBeVisible();
  // A page never opened is not there: the network really is gone (a page of its own, left on the error page).
  const other = await context.newPage();
  await expect(other.goto(`${root}guide/iskovaya-davnost/`)).rejects.toThrow();
  await other.close();

  await page.goto(`${root}claim/?debt=123456&due=2025-03-10&to=2025-04-30`);
  await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
  await expect(page.locator('[data-debt-left]')).toContainText('123 456,00');
  await page.getByLabel('Сумма долга, ₽').fill('200000');
  await expect(page.locator('[data-debt-left]')).toContainText('200 000,00');

  await page.goto(`${root}documents/?doc=reminder`);
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-me-inn').fill('7707083894');
  await expect(page.locator('#doc-me-inn-error')).toHaveAttribute('data-error', 'inn-checksum');
  // The docx writer is precached: the download works offline.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="docx"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);

  await page.goto(`${root}checklist/`);
  await expect(page.locator('.cl[data-ready]')).toBeVisible(READY);
  const tick = page.locator('li[id="find-reason"] input[type="checkbox"]');
  await tick.check();
  await expect(page.locator('[data-progress]')).toHaveAttribute('data-progress', /^1\/\d+$/);
  await page.reload();
  await expect(page.locator('.cl[data-ready]')).toBeVisible(READY);
  await expect(tick).toBeChecked();

  expect(errors).toEqual([]);
}

test('after one visit the site works offline: a guide page read before, the claim link, documents, checklist', async ({
  page,
  context,
  baseURL,
}) => {
  await tour(page, context, `${baseURL ?? ''}/`, async () => {});
});

/**
 * Serve dist-base/ under /kp/. `deploy()` stands for a new deploy: the worker's file changes by a byte (a
 * comment), as any new build changes it.
 */
async function serveBase(): Promise<{ origin: string; stop: () => Promise<void>; deploy: () => void }> {
  if (!existsSync(join(DIST_BASE, 'sw.js')))
    throw new Error('dist-base/sw.js is missing: run `npm run build:base` (npm test does) before this spec.');
  let deploys = 0;
  const served = await serveBuild(DIST_BASE, BASE, (file, content) =>
    file.endsWith('/sw.js') ? Buffer.concat([content, Buffer.from(`\n// deploy ${deploys}\n`)]) : content,
  );
  return { ...served, deploy: () => void deploys++ };
}

test('under /kp/: the worker is scoped to /kp/ and the same tour works offline, the server stopped', async ({
  page,
  context,
}) => {
  const { origin, stop } = await serveBase();
  try {
    await tour(page, context, `${origin}${BASE}`, stop);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${BASE}`);
  } finally {
    await stop();
  }
});

test('a new deploy: a tool page offers «Доступна новая версия — обновить»; the old version runs until the click, then the page reloads on the new one', async ({
  page,
}) => {
  const { origin, stop, deploy } = await serveBase();
  const waiting = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
  try {
    await page.goto(`${origin}${BASE}claim/?debt=123456&due=2025-03-10&to=2025-04-30`);
    await controlled(page);
    await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
    await expect(page.locator('.sw-update')).toHaveCount(0);

    deploy();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'Доступна новая версия — обновить' });
    await expect(notice).toBeVisible();
    // Nothing changes under the user: the new worker waits, the old one still serves the page.
    expect(await waiting()).toBe(true);
    await page.reload();
    await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
    await expect(notice).toBeVisible();
    expect(await waiting()).toBe(true);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'обновить' }).click();
    await reloaded;
    await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
    await expect(page.locator('[data-debt-left]')).toContainText('123 456,00');
    await expect(page.locator('.sw-update')).toHaveCount(0);
    expect(await waiting()).toBe(false);
  } finally {
    await stop();
  }
});
