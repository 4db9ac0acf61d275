/**
 * The tools at a phone's width (390 px): the A4 preview reflows at a readable size, wide tables scroll in a named,
 * focusable region, the claim amount stays in view, the documents page goes in steps, the user's own fields can be
 * autofilled; print stays A4.
 */
import { test, expect, type Page } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });
const READY = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const CLAIM_LETTER =
  '/documents/?doc=claim&debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30&debtor=company';

/** Table cells narrower than 40 px that are not inside a named, focusable scroll region; and the page's overflow. */
const cramped = (page: Page) =>
  page.evaluate(() => {
    const inRegion = (el: Element) =>
      el.closest('[role="region"][tabindex="0"]:is([aria-label], [aria-labelledby])') !== null;
    const narrow = [...document.querySelectorAll('td, th')].filter((c) => {
      const w = c.getBoundingClientRect().width;
      return w > 0 && w < 40 && !inRegion(c);
    });
    const squeezed = [...document.querySelectorAll('[role="region"] td, [role="region"] th')].filter((c) => {
      const w = c.getBoundingClientRect().width;
      return w > 0 && w < 40 && (c.textContent ?? '').trim().length > 2;
    });
    return {
      narrow: narrow.length,
      squeezed: squeezed.length,
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });

test('the claim letter’s preview reads at a phone’s width: body text ≥ 14 px, its table scrolls in a named region', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(CLAIM_LETTER);
  const preview = page.locator('article.doc-page[data-doc="claim"]');
  await expect(preview).toBeVisible(READY);
  const table = page.getByRole('region', { name: 'Расчёт процентов по статье 395 ГК РФ' });
  await expect(table).toBeVisible(READY);
  const sizes = await preview
    .locator('.doc-p, .doc-table td')
    .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  // Not a page shrunk to fit: the preview is as wide as the screen allows and is not scaled.
  const box = await preview.boundingBox();
  expect(box!.width).toBeGreaterThan(340);
  expect(await preview.evaluate((e) => getComputedStyle(e).transform)).toBe('none');
  await expect(table).toHaveAttribute('tabindex', '0');
  expect(await table.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await cramped(page)).toEqual({ narrow: 0, squeezed: 0, sideways: 0 });
});

test('printing the claim letter from a phone keeps the table within the A4 page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(CLAIM_LETTER);
  await expect(page.locator('article.doc-page')).toBeVisible(READY);
  await page.emulateMedia({ media: 'print' });
  const [table, article] = await Promise.all([
    page.locator('.doc-table').first().boundingBox(),
    page.locator('article.doc-page').boundingBox(),
  ]);
  expect(table!.width).toBeLessThanOrEqual(article!.width + 1);
});

test('the payment schedule’s «Итого» and last column are reached by scrolling its named region', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/calculator/?mode=installments&amount=150000&n=6&every=month&start=2030-01-20');
  const region = page.getByRole('region', { name: /^График:/ });
  await expect(region).toBeVisible(READY);
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.scrollIntoViewIfNeeded();
  await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  const last = region.locator('tfoot td').nth(2);
  await expect(last).toBeInViewport();
  expect(await cramped(page)).toEqual({ narrow: 0, squeezed: 0, sideways: 0 });
});

test('on a phone the claim amount stays at the foot of the screen from the first field, and jumps to the details', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/claim/?debt=200000&due=2025-03-10&to=2025-04-30&pay=2025-03-10:50000');
  const bar = page.locator('[data-summary-bar]');
  await expect(bar).toBeVisible(READY);
  await expect(bar).toBeInViewport();
  const sum = (await page.locator('[data-claim]').textContent())!;
  await expect(bar).toContainText(sum);
  await page.locator('#claim-debt').fill('300 000');
  await expect(bar).not.toContainText(sum);
  await bar.getByRole('link', { name: 'К расчёту' }).click();
  await expect(page.locator('#claim-result-title')).toBeInViewport();
  // The totals are on screen: the bar steps aside.
  await expect(bar).toBeHidden();
  expect(await cramped(page)).toEqual({ narrow: 0, squeezed: 0, sideways: 0 });
});

test('a claim table with marked rows scrolls in its region without widening the page', async ({ page }) => {
  // A rate the user added marks its rows (** and a text read out to screen readers, positioned off-screen);
  // the page itself must still never scroll sideways.
  await page.setViewportSize(PHONE);
  await page.goto('/claim/?debt=300000&due=2026-03-10&pay=2026-05-01:100000&to=2027-03-31&rate=2027-02-01:14');
  const table = page.getByRole('region', { name: 'Расчёт по периодам' });
  await expect(table.getByText('(ваша ставка)')).toHaveCount(1, READY);
  expect(await table.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await cramped(page)).toEqual({ narrow: 0, squeezed: 0, sideways: 0 });
});

test('on a phone the payment calculator keeps «Всего к оплате» in view and jumps to the schedule', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/calculator/?mode=installments&amount=150000&n=6&every=month&start=2030-01-20');
  const bar = page.locator('[data-summary-bar]');
  await expect(bar).toBeInViewport(READY);
  await expect(bar).toContainText((await page.locator('[data-total-paid]').textContent())!);
  await bar.getByRole('link', { name: 'К графику' }).click();
  await expect(page.locator('#calc-schedule-title')).toBeInViewport();
  await expect(bar).toBeHidden();
});

test('on a wide screen the claim has no bar: the result sits beside the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/claim/?debt=200000&due=2025-03-10&to=2025-04-30');
  await expect(page.locator('[data-result="ready"]')).toBeVisible(READY);
  await expect(page.locator('[data-summary-bar]')).toBeHidden();
});

test('documents on a phone: steps choose → fill → check → download, the note folded after the first visit', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  const steps = page.getByRole('navigation', { name: 'Шаги' });
  await expect(steps.getByRole('link')).toHaveText(['Выбрать', 'Заполнить', 'Проверить', 'Скачать']);
  await steps.getByRole('link', { name: 'Скачать' }).click();
  await expect(page.locator('[data-action="docx"]')).toBeInViewport();
  await expect(steps).toBeInViewport();
  // The preview comes before the buttons that download it.
  const [preview, download] = await Promise.all([
    page.locator('article.doc-page').boundingBox(),
    page.locator('[data-action="docx"]').boundingBox(),
  ]);
  expect(preview!.y).toBeLessThan(download!.y);
  const note = page.locator('details.doc-note');
  await expect(note).toHaveAttribute('open', '');
  await page.reload();
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(note).not.toHaveAttribute('open');
  await note.locator('summary').click();
  await expect(note.getByText('Когда:')).toBeVisible();
});

test('on a wide screen the documents page shows no step links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.getByRole('navigation', { name: 'Шаги' })).toBeHidden();
});

test('the user’s own name, organisation, phone, e-mail and address can be autofilled; the client’s cannot', async ({
  page,
}) => {
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  const token = (id: string) => page.locator(`#doc-${id}`).getAttribute('autocomplete');
  expect(await token('me-name')).toBe('organization');
  expect(await token('me-address')).toBe('address-line1');
  expect(await token('me-phone')).toBe('tel');
  expect(await token('me-email')).toBe('email');
  expect(await token('me-signer')).toBe('name');
  expect(await token('debtor-name')).toBe('off');
  expect(await token('debtor-address')).toBe('off');
  await page.locator('#doc-me-kind').selectOption('ip');
  expect(await token('me-name')).toBe('name');
});
