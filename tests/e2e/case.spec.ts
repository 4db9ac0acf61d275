/**
 * One case across tools and visits (issue 22): a calculation becomes the case, the tools opened plainly show it,
 * the претензия is marked sent, a later visit's home page says what comes next, and the court-order application
 * carries the case's numbers; the documents' old store becomes part of a case with nothing lost.
 */
import { test, expect, type Page } from '@playwright/test';

const READY = { timeout: 30_000 };

/** Fill the claim calculator's due date and wait for the result and for the case line. */
async function calculate(page: Page, due: string): Promise<string> {
  await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
  await page.getByLabel('Последний день оплаты').fill(due);
  await page.getByLabel('Последний день оплаты').blur();
  await expect(page.locator('[data-result="ready"]')).toBeVisible(READY);
  await expect(page.locator('[data-case="synced"]')).toBeVisible(READY);
  return (await page.locator('[data-interest]').first().textContent()) ?? '';
}

test('day 1 to day 35: plan → claim → претензия → «Отправлена» → a later visit → the court-order application', async ({
  page,
  context,
}) => {
  // Day 1: the tree's sum question hands the principal over; the first calculation becomes the case.
  await page.goto('/claim/?debt=100000&from=plan&debtor=company');
  const interest = await calculate(page, '2026-09-15');
  expect(interest).toMatch(/\d/);

  // Opened plainly, the claim calculator shows the case's calculation.
  await page.goto('/claim/');
  await expect(page.getByLabel('Сумма долга, ₽')).toHaveValue('100\u00a0000', READY);
  await expect(page.getByLabel('Последний день оплаты')).toHaveValue('2026-09-15');
  await expect(page.locator('[data-case="synced"]')).toBeVisible(READY);

  // The претензия, from the case (no link): its debt is the case's, with interest to today.
  await page.goto('/documents/?doc=claim');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.locator('[data-debt]')).toContainText('Из расчёта в текущем деле', READY);
  const preview = page.locator('.doc-page[data-doc="claim"]');
  await expect(preview).toContainText('100 000', READY);
  const download = page.waitForEvent('download');
  await page.locator('[data-action="docx"]').click();
  expect((await download).suggestedFilename()).toMatch(/^pretenziya-.*\.docx$/);

  // Downloading is not sending: the user marks the date it went out.
  await page.locator('#doc-sent-date').fill('2026-10-20');
  await page.locator('[data-action="mark-sent"]').click();
  await expect(page.locator('[data-sent="2026-10-20"]')).toBeVisible(READY);

  // A later visit, in a new page: the home page's card says what comes next and from when.
  const later = await context.newPage();
  await later.goto('/');
  await expect(later.locator('[data-case-card]')).toContainText('20.11.2026', READY);

  // The court-order application opened plainly carries the case's principal and interest to today.
  await later.goto('/documents/?doc=court-order');
  const order = later.locator('.doc-page[data-doc="court-order"]');
  await expect(order).toContainText('100 000', READY);
  await expect(later.locator('[data-debt]')).toContainText('Из расчёта в текущем деле');
  await expect(order).toContainText(interest.replace(/\s/g, '\u00a0').split('\u00a0')[0]!, READY);
});

test('a link with other numbers wins on screen and changes the case only when asked', async ({ page }) => {
  await page.goto('/claim/?debt=100000&debtor=company');
  await calculate(page, '2026-09-15');
  await page.goto('/claim/?debt=5000&due=2026-10-01&debtor=company');
  const bar = page.locator('[data-case="link"]');
  await expect(bar).toBeVisible(READY);
  await expect(page.getByLabel('Сумма долга, ₽')).toHaveValue('5\u00a0000');
  // Opened plainly again, the case still has its own numbers.
  await page.goto('/claim/');
  await expect(page.getByLabel('Сумма долга, ₽')).toHaveValue('100\u00a0000', READY);
  // «Сохранить в дело»: now the case holds the link's numbers.
  await page.goto('/claim/?debt=5000&due=2026-10-01&debtor=company');
  await page.locator('[data-case="link"] button').first().click();
  await expect(page.locator('[data-case="synced"]')).toBeVisible(READY);
  await page.goto('/claim/');
  await expect(page.getByLabel('Сумма долга, ₽')).toHaveValue('5\u00a0000', READY);
});

test('the documents’ old store and an old checklist become a case: nothing lost, the old key gone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'knp:checklist',
      JSON.stringify({
        version: 2,
        activeCaseId: 'c1',
        cases: {
          c1: {
            client: 'ООО «Ромашка»',
            amount: 5000000,
            dueDate: '2026-10-15',
            createdAt: 1,
            updatedAt: 1,
            ticks: { listen: { done: true, at: 1 } },
            log: {},
          },
        },
      }),
    );
    localStorage.setItem(
      'knp:documents',
      JSON.stringify({
        version: 1,
        me: { kind: 'company', name: 'ООО «Лютик»', inn: '7707083893' },
        debtor: { kind: 'company', name: 'ООО «Ромашка»' },
        details: { contractNo: '15' },
        recon: { opening: '', from: '', to: '', lines: [] },
      }),
    );
  });
  await page.goto('/documents/?doc=claim');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.getByLabel('Название (ООО «Ромашка»)').first()).toHaveValue('ООО «Лютик»', READY);
  await expect(page.getByLabel('Номер договора')).toHaveValue('15');
  // The checklist's case gives the debt; the old key is gone once the case store holds its data.
  await expect(page.locator('[data-debt]')).toContainText('50 000');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('knp:documents'))).toBeNull();
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('knp:checklist') ?? '{}') as { version: number },
  );
  expect(saved.version).toBe(3);
  // On «Моё дело» the case is the checklist's, with the client the documents knew.
  await page.goto('/delo/');
  await expect(page.locator('main')).toContainText('ООО «Ромашка»', READY);
});
