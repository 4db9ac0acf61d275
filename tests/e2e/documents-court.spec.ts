import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

// The page hydrates and then loads the chosen document's builder: allow for a loaded machine.
test.describe.configure({ timeout: 120_000 });
const READY = { timeout: 30_000 };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A claim whose court order was applied for and cancelled: the suit follows. */
const CANCELLED =
  'debt=300000&due=2026-06-01&to=2026-11-30&claimSent=2026-06-10&orderFiled=2026-08-01&orderCancelled=2026-09-01';

/** Text as a reader sees it: non-breaking and thin spaces as plain ones. */
const plain = (t: string) => t.replace(/[\u00a0\u202f\u2009]/g, ' ');
/** «21 055 ₽» or «321 096,58 ₽» → kopecks. */
const kopecks = (t: string) =>
  Math.round(
    Number(
      plain(t)
        .replace(/[^\d,]/g, '')
        .replace(',', '.'),
    ) * 100,
  );
/** Kopecks as the documents write them: «10 528,00 ₽». */
const rub = (k: number) =>
  `${String(Math.trunc(k / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(k % 100).padStart(2, '0')} ₽`;

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const preview = (page: Page, id: string) => page.locator(`.doc-page[data-doc="${id}"]`);

test('an order cancelled → the suit with the claim calculator’s numbers and the credited duty → .docx', async ({
  page,
}) => {
  await page.goto(`/claim/?${CANCELLED}`);
  await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
  const price = plain(await page.locator('[data-claim]').innerText());
  const interest = plain(await page.locator('[data-interest]').innerText());
  const suitDuty = kopecks(await page.locator('[data-procedure="claim"] [data-duty]').innerText());
  const orderDuty = kopecks(await page.locator('[data-procedure="order"] [data-duty]').innerText());
  expect(suitDuty).toBeGreaterThan(orderDuty);

  await page.goto(`/documents/?doc=lawsuit&${CANCELLED}`);
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(preview(page, 'lawsuit')).toBeVisible(READY);
  // The calculation loads after the form is ready: wait for the price with the interest, not the first «Цена иска».
  await expect
    .poll(async () => plain(await preview(page, 'lawsuit').innerText()), READY)
    .toContain(`Цена иска: ${price}`);
  const shown = plain(await preview(page, 'lawsuit').innerText());
  expect(shown).toContain(interest);
  const toPay = rub(suitDuty - orderDuty);
  expect(shown).toContain(
    `Государственная пошлина: ${toPay} (${rub(suitDuty)} за вычетом ${rub(orderDuty)}, уплаченных за судебный приказ)`,
  );
  expect(shown).toContain('определением от 01.09.2026 судебный приказ отменён');
  expect(shown).toContain('по день фактической уплаты долга');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="docx"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^iskovoe-zayavlenie-\d{4}-\d{2}-\d{2}\.docx$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const xml = plain(strFromU8(files['word/document.xml']!));
  expect(xml).toContain('ИСКОВОЕ ЗАЯВЛЕНИЕ');
  expect(xml).toContain(price);
  expect(xml).toContain(`за вычетом ${rub(orderDuty)}`);
});

test('the application to the bank shows the writ’s number and date as typed', async ({ page }) => {
  await page.goto('/documents/?doc=bank');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-details-writKind').selectOption('writ');
  await page.locator('#doc-details-writNo').fill('ФС 012345678');
  await page.locator('#doc-details-writDate').fill('2027-03-20');
  await expect(preview(page, 'bank')).toContainText('исполнительный лист № ФС 012345678 от 20.03.2027', READY);
  await expect(preview(page, 'bank')).toContainText('229-ФЗ');
});

test('the travel-ban request is offered for a private person owing more than the law’s minimum, never for a company', async ({
  page,
}) => {
  await page.goto('/documents/?doc=fssp&debt=45000&due=2026-03-01&to=2026-11-30&debtor=person');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.locator('#doc-details-fsspArrest')).toBeVisible();
  await page.locator('#doc-details-fsspTravel').check();
  await expect(preview(page, 'fssp')).toContainText('ограничение на выезд', READY);
  await page.goto('/documents/?doc=fssp&debt=45000&due=2026-03-01&to=2026-11-30&debtor=company');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.locator('#doc-details-fsspArrest')).toBeVisible();
  await expect(page.locator('#doc-details-fsspTravel')).toHaveCount(0);
});

for (const width of [390, 1280])
  test(`no axe violations on the suit and the papers after the judgment at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [id, query] of [
      ['lawsuit', CANCELLED],
      ['writ-request', ''],
      ['bank', ''],
      ['fssp', 'debt=45000&due=2026-03-01&to=2026-11-30&debtor=ip'],
    ] as const) {
      await page.goto(`/documents/?doc=${id}${query ? `&${query}` : ''}`);
      await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
      await expect(preview(page, id)).toBeVisible(READY);
      await expectNoAxeViolations(page);
    }
  });
