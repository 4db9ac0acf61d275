import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { budgetBytes, budgetKb } from './support/budget';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fail the test on any console error (a CSP violation shows up as one). */
function noConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('keyboard: "/" opens the dialog, typing finds, arrows move, Enter lands on the section', async ({ page }) => {
  const errors = noConsoleErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/guide/pervye-shagi/');
  expect(scripts, 'no script file before search is used').toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox');
  await expect(field).toBeFocused();
  await field.pressSequentially('рассрочки');
  const results = dialog.locator('a.search-result');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  const href = await results.nth(1).getAttribute('href');
  expect(href).toMatch(/^\/guide\/[^#]+\/#.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${encodeURI(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('Ctrl+K opens the dialog, Esc closes it and returns focus; the button works by click', async ({ page }) => {
  const errors = noConsoleErrors(page);
  await page.goto('/guide/sud/');
  const button = page.locator('[data-search-open]');
  await expect(button).toHaveAttribute('role', 'button');
  await button.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await expect(dialog).toBeVisible();
  expect(errors).toEqual([]);
});

test('Esc returns focus to the field search was opened from, not to the header button', async ({ page }) => {
  const errors = noConsoleErrors(page);
  await page.goto('/calculator/');
  const amount = page.getByRole('textbox', { name: /Сумма долга/ }).first();
  await amount.click();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(amount).toBeFocused();
  expect(errors).toEqual([]);
});

test('Esc returns focus to a focused link; to the header button when nothing had focus or it is gone', async ({
  page,
}) => {
  await page.goto('/guide/sud/');
  const button = page.locator('[data-search-open]');
  const dialog = page.getByRole('dialog');
  const link = page.locator('main a[href^="/guide/"]:visible').first();
  // From a link in the text: back to that link.
  await link.focus();
  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
  // From the page itself (nothing focused): to the header button.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  // From a link that is removed while the dialog is open: to the header button.
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await link.evaluate((a) => a.remove());
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('a query that finds nothing says so and offers where to go instead', async ({ page }) => {
  const errors = noConsoleErrors(page);
  await page.goto('/guide/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('searchbox');
  const empty = dialog.locator('[data-search-empty]');
  await field.fill('йогурт');
  await expect(empty).toBeVisible();
  await expect(dialog.locator('a.search-result')).toHaveCount(0);
  await expect(empty.locator('a[href="/plan/"]')).toBeVisible();
  await expect(empty.locator('a[href="/guide/"]')).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // A query that finds something again hides the suggestions.
  await field.fill('претензия');
  await expect(dialog.locator('a.search-result').first()).toBeVisible();
  await expect(empty).toBeHidden();
  await field.fill('абырвалг');
  await empty.locator('a[href="/plan/"]').click();
  await expect(page).toHaveURL(/\/plan\/$/);
  // The search page shows the same state for a shared link.
  await page.goto('/search/?q=' + encodeURIComponent('абырвалг'));
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await expect(page.locator('[data-search-results] a.search-result')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a query typed in the wrong layout and with a typo still finds the advice', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-search-open]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('hfcchjxrf');
  await expect(dialog.locator('a.search-result').first()).toHaveAttribute('href', /rassrochka/);
  await dialog.getByRole('searchbox').fill('претензя');
  await expect(dialog.locator('a.search-result').first()).toHaveAttribute('href', /pretenziya/);
});

test('the dialog has no accessibility violations', async ({ page }) => {
  await page.goto('/guide/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('суд');
  await expect(dialog.locator('a.search-result').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a shared ?q= link shows the same results on the search page', async ({ page }) => {
  const errors = noConsoleErrors(page);
  await page.goto('/search/?q=' + encodeURIComponent('госпошлина'));
  await expect(page.getByRole('searchbox')).toHaveValue('госпошлина');
  const first = page.locator('[data-search-results] a.search-result').first();
  await expect(first).toHaveAttribute('href', /\/guide\/sud\/#/);
  await page.getByRole('searchbox').fill('исковая давность');
  await expect(page).toHaveURL(/\?q=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('исковая давность');
  await expect(page.locator('[data-search-results] a.search-result').first()).toHaveAttribute(
    'href',
    /iskovaya-davnost/,
  );
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search button leads to a page listing every topic', async ({ page }) => {
    await page.goto('/guide/sud/');
    await page.locator('[data-search-open]').click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('main a[href^="/guide/"]')).not.toHaveCount(0);
  });
});

test(`opening search loads at most ${budgetKb('search')} KB gzip (module and index together)`, async ({ page }) => {
  const { gzipSync } = await import('node:zlib');
  await page.goto('/guide/pervye-shagi/', { waitUntil: 'networkidle' });
  const bodies: Promise<number>[] = [];
  page.on('response', (res) => bodies.push(res.body().then((b) => gzipSync(b, { level: 6 }).length)));
  const core = page.waitForResponse(/\/search\/data\/core\.json\.gz$/);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await core;
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  console.log(`search on open: ${(total / 1024).toFixed(1)} KB gzip in ${bodies.length} files`);
  expect(bodies.length).toBeGreaterThanOrEqual(2);
  expect(total).toBeLessThanOrEqual(budgetBytes('search'));
});

test('every link in the search index lands on a built page and, where it has one, on its #anchor', async () => {
  const { readFileSync, readdirSync, existsSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const { parse } = await import('node-html-parser');
  const dir = join(process.cwd(), 'dist', 'search', 'data');
  const read = (f: string): unknown => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
  // Whole documents, and the excerpts the buckets carry.
  const urls: string[] = readdirSync(dir).flatMap((f) =>
    /^d\d+\./.test(f)
      ? (read(f) as string[][]).map((d) => d[1] ?? '')
      : /^b\d+\./.test(f)
        ? (read(f) as { r: string[][] }).r.map((d) => d[2] ?? '')
        : [],
  );
  expect(urls.length).toBeGreaterThan(20);
  const pages = new Map<string, ReturnType<typeof parse>>();
  const broken = [...new Set(urls)].filter((url) => {
    const [address = '', hash] = url.split('#');
    // A document's entry carries its query (/documents/?doc=claim): the page is the path before it.
    const [path = ''] = address.split('?');
    const file = join(process.cwd(), 'dist', path, 'index.html');
    if (!existsSync(file)) return true;
    if (!pages.has(file)) pages.set(file, parse(readFileSync(file, 'utf8')));
    return hash !== undefined && !pages.get(file)?.querySelector(`[id="${hash}"]`);
  });
  expect(broken).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the dialog with results has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill('претензия');
    await expect(page.locator('dialog a.search-result').first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
});

test('a result on the page being read scrolls to its section and leaves the reader there', async ({ page }) => {
  await page.goto('/guide/sud/');
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('пошлина за судебный приказ');
  const first = page.locator('dialog a.search-result').first();
  await expect(first).toHaveAttribute('href', /^\/guide\/sud\/#/);
  const hash = decodeURIComponent((await first.getAttribute('href'))?.split('#')[1] ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('on the search page, the shortcut goes to the page field and typing updates the address', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.press('Control+k');
  const field = page.locator('#search-page-input');
  await expect(field).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await field.pressSequentially('акт сверки');
  await expect(page.locator('[data-search-results] a.search-result').first()).toHaveAttribute('href', /dokumenty/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('акт сверки');
});
