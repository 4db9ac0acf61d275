import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';

test.describe.configure({ timeout: 60_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
function noErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
const rows = (page: Page) => page.locator('.claim-result .claim-table tbody tr[data-row]');
const ready = (page: Page) => expect(page.locator('.claim[data-ready]')).toBeVisible({ timeout: 20_000 });

// The hand-checked case of the unit tests: 200 000 due 10.03.2025, 50 000 paid that day, 30 000 + 20 000 on
// 01.04.2025, counted to 30.04.2025 → 1 898,63 + 1 668,49 = 3 567,12 interest; claim 103 567,12.
const HAND_CHECKED =
  '/claim/?debt=200000&due=2025-03-10&to=2025-04-30&pay=2025-03-10:50000&pay=2025-04-01:30000&pay=2025-04-01:20000';

/** The answers that lead to the amount question for a sole trader (ИП). */
const TO_IP_AMOUNT = '/plan/q/amount-ip/?a=reason:silent,silent:tried,overdue:recent,debtor:ip';

test('from a plan to the result and back: the plan’s link carries the amount and the debtor; «назад» returns', async ({
  page,
}) => {
  const errors = noErrors(page);
  await page.goto(TO_IP_AMOUNT);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('#dt-amount').fill('450 000');
  await page.locator('#dt-amount').press('Enter');
  await page.locator('a[data-answer="full"]').click();
  await expect(page).toHaveURL(/\/plan\/court-order-business\/\?a=.*debtor:ip.*&sum=450000$/);
  const planUrl = page.url();
  const link = page.locator('a[data-claim]');
  await expect(link).toHaveAttribute('href', /\/claim\/\?debt=450000&from=plan&debtor=ip$/);
  await link.click();

  await ready(page);
  await expect(page.getByLabel('Сумма долга, ₽')).toHaveValue('450\u00a0000');
  // The tree asked for the whole sum; the field wants the principal: the page says so.
  await expect(page.locator('.claim-form')).toContainText('Сумма из плана. Если в неё уже входят проценты');
  await expect(page.getByRole('radio', { name: 'ИП' })).toBeChecked();
  await page.getByLabel('Последний день оплаты').fill('2025-03-10');
  await expect(page.locator('[data-result="ready"]')).toBeVisible();
  await expect(page.locator('[data-debt-left]')).toContainText('450 000,00');
  expect(await rows(page).count()).toBeGreaterThan(3);
  await expect(page.locator('[data-court="arbitration"]')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(planUrl);
  await expect(page.locator('main h1')).toHaveText(/судебн/i);
  await expect(page.locator('[data-summary]')).toContainText('Индивидуальный предприниматель');
  await expect(link).toHaveAttribute('href', /\/claim\/\?debt=450000&from=plan&debtor=ip$/);
  await page.goForward();
  await ready(page);
  await expect(page.locator('[data-debt-left]')).toContainText('450 000,00');
  expect(errors).toEqual([]);
});

test('an edit survives Back and Forward at once: typed keys (no pause) and a committed field reach the address', async ({
  page,
}) => {
  await page.goto('/claim/?debt=100000');
  await ready(page);
  await page.goto('/claim/?due=2025-03-10');
  await ready(page);
  const debt = page.getByLabel('Сумма долга, ₽');
  // Typed key by key and left at once: the address is written when the page is left, not 150 ms later.
  await debt.pressSequentially('250000');
  await page.goBack();
  await expect(page).toHaveURL(/\/claim\/\?debt=100000(&|$)/);
  await ready(page);
  await page.goForward();
  await expect(page).toHaveURL(/debt=250000&due=2025-03-10/);
  await ready(page);
  await expect(debt).toHaveValue('250\u00a0000');
  // A committed field (Tab away) is written at once: the address holds it before any pause.
  await page.getByLabel('Последний день оплаты').fill('2025-04-15');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/due=2025-04-15/, { timeout: 100 });
});

test('every plan that says to count the interest links the claim calculator, also without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const id of ['court-order-person', 'lawsuit-business', 'order-cancelled', 'limitation-near']) {
    await page.goto(`/plan/${id}/`);
    await expect(page.locator('a[data-claim]'), id).toHaveAttribute('href', '/claim/');
  }
  await page.goto('/plan/installments/');
  await expect(page.locator('a[data-claim]')).toHaveCount(0);
  await context.close();
});

test('the hand-checked case: rows, totals, route and deadlines', async ({ page }) => {
  await page.goto(`${HAND_CHECKED}&claimSent=2025-04-10`);
  await ready(page);
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0).locator('.claim-formula')).toHaveText('150 000,00 × 22 × 21 % / 365');
  await expect(rows(page).nth(0).locator('[data-amount]')).toHaveText('1 898,63');
  await expect(page.locator('[data-interest]')).toHaveText('3 567,12 ₽');
  await expect(page.locator('[data-claim]')).toHaveText('103 567,12 ₽');
  await expect(page.locator('[data-procedure="order"] [data-duty]')).toHaveText('8 000 ₽');
  // The 30th day after 10.04.2025 is Saturday 10.05.2025, moved to Monday 12.05 (ГК РФ ст. 193).
  await expect(page.locator('[data-deadline="suit"] strong')).toHaveText('13.05.2025.');
  await expect(page.locator('[data-deadline="limitation"] strong').first()).toHaveText('10.03.2028.');
  await expect(page.locator('[data-flag]')).toHaveCount(0);
});

test('results update as the user types; rows are added and removed from the keyboard', async ({ page }) => {
  const errors = noErrors(page);
  await page.goto('/claim/');
  await ready(page);
  await expect(page.locator('[data-result="waiting"]')).toBeVisible();
  await page.getByLabel('Сумма долга, ₽').fill('100 000');
  await page.getByLabel('Последний день оплаты').fill('2023-12-25');
  await page.getByLabel('Считать по (включительно)').fill('2024-01-10');
  await expect(page.locator('[data-interest]')).toHaveText('700,17 ₽'); // 263,01 + 437,16 across the new year
  await expect(rows(page)).toHaveCount(2);

  await page.locator('#claim-pay-add').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#claim-pay-0-date')).toBeFocused();
  await page.keyboard.type('2024-01-01'.split('-').reverse().join('.'));
  await page.locator('#claim-pay-0-date').fill('2024-01-01');
  await page.locator('#claim-pay-0-amount').fill('40 000');
  await expect(rows(page)).toHaveCount(3);
  await expect(page).toHaveURL(/pay=2024-01-01%3A40000/);
  await page.getByRole('button', { name: /Удалить — оплата 1/ }).press('Enter');
  await expect(page.locator('#claim-pay-add')).toBeFocused();
  await expect(rows(page)).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('ГК РФ ст. 193: a due date on Saturday moves to Monday; an older link is told; the switch turns it off', async ({
  page,
}) => {
  const errors = noErrors(page);
  await page.goto('/claim/?debt=100000&due=2024-06-15&to=2024-06-30');
  await ready(page);
  await expect(page.locator('[data-interest]')).toHaveText('568,31 ₽');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).nth(0).locator('.claim-formula')).toHaveText('100 000,00 × 13 × 16 % / 366');
  const flag = page.locator('[data-flag="workdays"]');
  await expect(flag).toContainText('переносится на 17.06.2024');
  await expect(flag).toContainText('было бы начислено 655,74 ₽');
  const box = page.getByLabel('Если срок оплаты выпал на выходной, переносить на рабочий день (ГК РФ ст. 193)');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(page).toHaveURL(/workdays=0/);
  await expect(page.locator('[data-interest]')).toHaveText('655,74 ₽');
  await expect(flag).toHaveCount(0);
  await box.check();
  await expect(page).not.toHaveURL(/workdays=/);
  await expect(page.locator('[data-interest]')).toHaveText('568,31 ₽');
  expect(errors).toEqual([]);
});

test('limitation with the court: an order applied for and cancelled stops the clock and extends it to 6 months', async ({
  page,
}) => {
  const errors = noErrors(page);
  await page.goto('/claim/?debt=100000&due=2023-01-10&to=2023-06-30');
  await ready(page);
  const end = page.locator('[data-deadline="limitation"] strong').first();
  // 10.01.2026 is a Saturday of the New Year days off: the period ends on Monday 12.01.2026.
  await expect(end).toHaveText('12.01.2026.');
  await page.getByLabel('Когда подано заявление о судебном приказе').fill('2025-11-01');
  await expect(page.locator('[data-deadline="limitation"]')).toContainText('срок давности не течёт');
  await page.getByLabel('Когда приказ отменён').fill('2025-12-01');
  await expect(page).toHaveURL(/orderFiled=2025-11-01&orderCancelled=2025-12-01/);
  await expect(end).toHaveText('01.06.2026.');
  await expect(page.locator('[data-deadline="limitation"]')).toContainText('удлинён до 6 месяцев');
  await expect(page.locator('[data-mark="order"]')).toContainText('01.11.2025');
  await expect(page.locator('[data-mark="cancel"]')).toContainText('продлён до 6 месяцев: 01.12.2025');
  await expect(page.locator('.claim-timeline__stop')).toHaveCount(1);
  await expectNoAxeViolations(page);

  const link = page.url();
  await page.goto('/claim/');
  await page.goto(link);
  await ready(page);
  await expect(end).toHaveText('01.06.2026.');
  await expect(page.getByLabel('Когда приказ отменён')).toHaveValue('2025-12-01');
  expect(errors).toEqual([]);
});

for (const width of [390, 1280]) {
  test(`no axe violations at ${width} px: several invoices, a penalty, a private person, a link notice`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(
      '/claim/?debt=100000&due=2025-01-31&inv=2025-02-28:50000&to=2025-03-31&pay=2025-02-10:10000&kind=penalty&penalty=0.1&cap=5&debtor=person&moratorium=yes',
    );
    await ready(page);
    await expect(page.locator('[data-court="general"]')).toBeVisible();
    await expect(page.locator('[data-notice-field="moratorium"]')).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    const wrap = page.locator('.claim-result .claim-table-wrap');
    await expect(wrap).toHaveAttribute('tabindex', '0');
    await expect(wrap).toHaveAttribute('role', 'region');
    await expect(wrap).toHaveAttribute('aria-label', /.+/);
  });
}

test('a link reopens the same calculation', async ({ page, context }) => {
  await page.goto('/claim/');
  await ready(page);
  await page.getByLabel('Сумма долга, ₽').fill('250 000');
  await page.getByLabel('Последний день оплаты').fill('2025-03-10');
  await page.getByLabel('Считать по (включительно)').fill('2025-09-30');
  await page.getByLabel('ИП').check();
  await expect(page).toHaveURL(/debtor=ip/);
  const claim = await page.locator('[data-claim]').textContent();
  const shared = await context.newPage();
  await shared.goto(page.url());
  await ready(shared);
  await expect(shared.locator('[data-claim]')).toHaveText(claim ?? '');
  await expect(shared.getByLabel('ИП')).toBeChecked();
  await expect(shared.locator('.claim-error')).toHaveCount(0);
});

test('bad link values are reported next to their fields and in a notice, never a wrong number', async ({ page }) => {
  await page.goto('/claim/?debt=много&due=2025-02-30&kind=interest&pay=2025-01-01&rate=2026-01-01:12');
  await ready(page);
  const notice = page.locator('[data-notice]');
  await expect(notice.locator('li')).toHaveCount(6);
  for (const key of ['debt', 'due', 'kind', 'pay.0.date', 'pay.0.amount', 'rate.0.date'])
    await expect(notice.locator(`[data-notice-field="${key}"]`)).toBeVisible();
  await expect(page.locator('[data-field="debt"] .claim-error')).toBeVisible();
  await expect(page.locator('[data-field="due"] .claim-error')).toBeVisible();
  await expect(page.locator('[data-result="waiting"]')).toBeVisible();
  await page.getByLabel('Сумма долга, ₽').fill('1000');
  await expect(notice.locator('[data-notice-field="debt"]')).toHaveCount(0);
});

test('the CSV opens in Russian Excel: BOM, «;», decimal comma, totals', async ({ page }) => {
  await page.goto(HAND_CHECKED);
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
  expect(download.suggestedFilename()).toBe('raschet-2025-04-30.csv');
  const bytes = readFileSync((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Счёт;С;По;Дней;Долг, ₽;Ставка, %;Дней в году;Формула;Сумма, ₽');
  expect(lines[1]?.split(';')).toEqual([
    '1',
    '11.03.2025',
    '01.04.2025',
    '22',
    '150000,00',
    '21',
    '365',
    '150 000,00 × 22 × 21 % / 365',
    '1898,63',
  ]);
  expect(lines).toContain(';;;;;;;Цена иска;103567,12');
  await expect(page.getByRole('status')).not.toBeEmpty();
});

test('the calendar file, the text to copy and a secondary-source rate flagged', async ({ page }) => {
  await page.goto('/claim/?debt=100000&due=2026-09-01&to=2026-11-30&claimSent=2026-10-01');
  await ready(page);
  await expect(page.locator('[data-flag="secondary"]')).toContainText('Сверьте с сайтом Банка России');
  await expect(page.locator('[data-flag="beyond-table"]')).toBeVisible();
  const [ics] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="ics"]').click()]);
  const text = readFileSync((await ics.path()) ?? '', 'utf8');
  // ГК РФ ст. 193: the 30th day, Saturday 31.10.2026, moves to Monday 02.11 (suit from 03.11); the limitation's
  // Saturday 01.09.2029 to Monday 03.09.2029.
  expect(text).toContain('DTSTART;VALUE=DATE:20261103');
  expect(text).toContain('DTSTART;VALUE=DATE:20290903');
  await page.locator('[data-export="text"]').click();
  await expect(page.locator('#claim-text-area')).toHaveValue(/Всего к оплате: /);
  test.setTimeout(180_000);
  await expectNoAxeViolations(page);
});

test('says «вторичные источники» and «проверьте / сверьте» once per block, not after every line', async ({ page }) => {
  // 600 000 ₽ from 01.03.2026: four periods at rates known from secondary sources; an arbitration route with an
  // [L] court order and a [C2] duty. Before issue 21 this page said «вторичн…» 8 times and «проверьте / сверьте» 12.
  await page.goto('/claim/?debt=600000&due=2026-03-01&to=2026-11-30');
  await ready(page);
  await expect(page.locator('[data-result="ready"]')).toBeVisible();
  const count = (text: string | null, re: RegExp) => (text ?? '').match(re)?.length ?? 0;
  const SECONDARY = /вторичн/gi;
  const CHECK = /проверьте|сверьте/gi;
  const blocks = ['.claim-section', '[data-flag="secondary"]', '.claim-next', '.legal-fact'];
  for (const selector of blocks)
    for (const block of await page.locator(selector).all()) {
      const text = await block.textContent();
      expect(count(text, SECONDARY), `${selector}: ${text}`).toBeLessThanOrEqual(1);
      expect(count(text, CHECK), `${selector}: ${text}`).toBeLessThanOrEqual(1);
    }
  expect(count(await page.locator('.claim-result').textContent(), SECONDARY)).toBe(1);
  // The route's check is its last sentence; the table only marks its rows and points to the flag above it.
  await expect(page.locator('.claim-next [data-check]')).toHaveText(/^\s*Сверьте с действующей редакцией закона/);
  await expect(page.locator('.claim-result .claim-table-wrap')).not.toContainText('вторичн');
  const main = await page.locator('main').textContent();
  expect(count(main, SECONDARY)).toBeLessThanOrEqual(2);
  expect(count(main, CHECK)).toBeLessThanOrEqual(7);
  // A flag's check is its own last sentence.
  for (const flag of await page.locator('.claim-result [data-flag]').all()) {
    const text = ((await flag.textContent()) ?? '').trim();
    if (count(text, CHECK) > 0) expect(text).toMatch(/(Проверьте|Сверьте)[^.]*(\.[^.\s][^.]*)*\.$/);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the method and a worked example are on the page', async ({ page }) => {
    await page.goto('/claim/');
    await expect(page.locator('#kak-schitaetsya')).toBeVisible();
    await expect(page.locator('#primer-rascheta')).toBeVisible();
    await expect(page.locator('.claim-method .claim-table tbody tr').first()).toBeVisible();
    await expect(page.locator('noscript')).toHaveCount(1);
  });
});

// The budget is the `claim` row of docs/decisions/112-js-budgets-table.md. The result's code loads with the first
// result and the export code on click; the bench reports both.
test(`the page loads at most ${budgetKb('claim')} KB of JavaScript (gzip) before there is a result`, async ({
  page,
}) => {
  const total = countScriptBytes(page);
  await page.goto('/claim/', { waitUntil: 'networkidle' });
  await ready(page);
  const bytes = await total();
  console.log(`claim calculator JS at load: ${(bytes / 1024).toFixed(1)} KB gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(budgetBytes('claim'));
});
