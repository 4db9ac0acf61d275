/**
 * Code a page loads on demand can fail to arrive (offline, a dropped connection). The page says so where the user
 * waits and «Повторить» loads it once the connection is back (src/lib/site/load.ts, src/islands/shared/load.tsx).
 * A route that aborts the chunk stands in for the lost connection.
 */
import { test, expect, type Page } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });
const READY = { timeout: 30_000 };

/** Abort every request for the chunk `name` until the returned function is called. */
async function cut(page: Page, name: string): Promise<() => void> {
  let down = true;
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), (route) =>
    down ? route.abort('internetdisconnected') : route.continue(),
  );
  return () => {
    down = false;
  };
}

const failure = (page: Page, what: string) =>
  page.getByRole('alert').filter({ hasText: `Не удалось загрузить ${what}. Проверьте связь` });

test('a document whose template did not load says so instead of «Готовим документ…», and «Повторить» shows it', async ({
  page,
}) => {
  const restore = await cut(page, 'reminder');
  await page.goto('/documents/?doc=reminder');
  await expect(failure(page, 'шаблон документа')).toBeVisible(READY);
  await expect(page.getByText('Готовим документ…')).toHaveCount(0);
  // The page first loads the default document's template; when it arrives the page tries this one again by
  // itself. Let that settle (it fails too) so that «Повторить» is what brings the document.
  await page.waitForLoadState('networkidle');
  await expect(failure(page, 'шаблон документа')).toBeVisible();
  restore();
  await failure(page, 'шаблон документа').getByRole('button', { name: 'Повторить' }).click();
  await expect(page.locator('article.doc-page[data-doc="reminder"]')).toBeVisible(READY);
  await expect(failure(page, 'шаблон документа')).toHaveCount(0);
});

test('a .docx whose writer did not load says so, and «Повторить» downloads it', async ({ page }) => {
  const restore = await cut(page, 'render-docx');
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('article.doc-page[data-doc="reminder"]')).toBeVisible(READY);
  await page.locator('[data-action="docx"]').click();
  const notice = failure(page, 'программу для файла .docx');
  await expect(notice).toBeVisible(READY);
  await expect(page.locator('[data-action="docx"]')).toBeEnabled();
  restore();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Повторить' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^napominanie-\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.doc-status')).toHaveText('Файл .docx сохранён.');
});

test('a claim result that did not load says so where the result goes, and «Повторить» shows the sum', async ({
  page,
}) => {
  const restore = await cut(page, 'ResultPanel');
  await page.goto('/claim/?debt=100000&due=2025-03-10&to=2025-04-30');
  const notice = failure(page, 'расчёт');
  await expect(notice).toBeVisible(READY);
  restore();
  await notice.getByRole('button', { name: 'Повторить' }).click();
  await expect(page.locator('[data-result="ready"] [data-claim]')).toHaveText(/\d/, READY);
  await expect(notice).toHaveCount(0);
});
