import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';

test.describe.configure({ timeout: 60_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A date `days` from today as YYYY-MM-DD (the browser runs in Moscow time, like the test). */
function isoInDays(days: number): string {
  const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Moscow' }));
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days));
  return d.toISOString().slice(0, 10);
}
/** "1 234,56 ₽" → kopecks. */
const kopecks = (text: string) =>
  Math.round(
    Number(
      text
        .replace(/[^\d,−-]/g, '')
        .replace(',', '.')
        .replace('−', '-'),
    ) * 100,
  );

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const rows = (page: Page) => page.locator('.calc-table tbody tr[data-row]');

test('a user builds a schedule, changes it, shares the link and downloads the CSV', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/calculator/');
  await expect(page.locator('.calc[data-ready]')).toBeVisible();
  await expect(page.locator('.calc-result')).toHaveAttribute('data-result', 'waiting');

  await page.getByLabel('Сумма долга, ₽').fill('100 000,00 ₽');
  await page.getByLabel('Число платежей (от 1 до 120)').fill('3');
  await page.getByLabel('Дата первого платежа').fill(isoInDays(7));
  await expect(rows(page)).toHaveCount(3);
  const payments = await page.locator('.calc-table tbody [data-payment]').allTextContents();
  expect(payments.map(kopecks).reduce((a, b) => a + b, 0)).toBe(10_000_000);
  await expect(page.locator('[data-total-paid]')).toContainText('100 000,00');

  await page.getByLabel('Число платежей (от 1 до 120)').fill('4');
  await page.getByLabel('Проценты или наценка, % годовых (необязательно)').fill('12');
  await page.getByLabel('Как гасить').selectOption('equal-principal');
  await expect(rows(page)).toHaveCount(4);
  await expect(page.locator('[data-overpayment]')).not.toHaveText(/^0,00/);
  await expect(page).toHaveURL(/n=4/);
  await expect(page).toHaveURL(/method=equal-principal/);
  const overpayment = await page.locator('[data-overpayment]').textContent();
  await expectNoAxeViolations(page);

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(rows(shared)).toHaveCount(4);
  await expect(shared.locator('[data-overpayment]')).toHaveText(overpayment ?? '');
  await expect(shared.getByLabel('Сумма долга, ₽')).toHaveValue('100\u00a0000');
  await expect(shared.locator('.calc-error')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').trim().split('\r\n');
  expect(lines).toHaveLength(1 + 4 + 1);
  expect(lines[1]?.split(';')).toHaveLength(6);
  await expect(page.getByRole('status')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('the calendar file, the agreement text and the print view', async ({ page }) => {
  await page.goto(`/calculator/?mode=installments&amount=120000&down=30000&n=3&start=${isoInDays(3)}`);
  await expect(rows(page)).toHaveCount(4);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="ics"]').click()]);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);

  await page.locator('[data-export="text"]').click();
  const text = page.getByLabel('График платежей для соглашения о рассрочке');
  await expect(text).toBeVisible();
  expect((await text.inputValue()).split('\n').filter((l) => /^\d+\) /.test(l))).toHaveLength(3);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.calc-form')).toBeHidden();
  await expect(page.locator('.calc-exports')).toBeHidden();
  await expect(page.locator('.calc-table').first()).toBeVisible();
});

test('fields explain what is wrong, next to the field, and axe finds nothing with errors showing', async ({ page }) => {
  await page.goto('/calculator/');
  const amount = page.getByLabel('Сумма долга, ₽');
  await amount.fill('-5');
  await amount.blur();
  await expect(page.locator('[data-field="amount"] .calc-error')).toHaveAttribute('data-error', 'negative');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await amount.fill('1000,555');
  await expect(page.locator('[data-field="amount"] .calc-error')).toHaveAttribute('data-error', 'too-many-decimals');
  await page.getByLabel('Число платежей (от 1 до 120)').fill('');
  await page.getByRole('button', { name: 'Рассчитать' }).click();
  await expect(page.locator('[data-field="n"] .calc-error')).toHaveAttribute('data-error', 'empty');
  await expect(amount).toBeFocused();
  await expect(page.locator('.calc-result')).toHaveAttribute('data-result', 'waiting');
  await expectNoAxeViolations(page);
});

test('a link with unusable values opens with the errors shown, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/calculator/?mode=installments&amount=abc&n=999&every=daily&start=2001-01-01&rate=NaN');
  await expect(page.locator('[data-field="amount"] .calc-error')).toHaveAttribute('data-error', 'not-a-number');
  await expect(page.locator('[data-field="n"] .calc-error')).toHaveAttribute('data-error', 'payments-range');
  await expect(page.locator('[data-field="every"] .calc-error')).toHaveAttribute('data-error', 'unknown-option');
  await expect(page.locator('[data-field="start"] .calc-error')).toHaveAttribute('data-error', 'date-past');
  await expect(page.locator('[data-field="rate"] .calc-error')).toHaveAttribute('data-error', 'not-a-percent');
  await expect(page.locator('main')).not.toContainText('NaN ₽');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test.describe('QA findings on the built page', () => {
  test('a payment due today carries no interest, and the rate field says why', async ({ page }) => {
    await page.goto('/calculator/?mode=installments&amount=100000&n=12&rate=18');
    await expect(rows(page)).toHaveCount(12);
    const first = rows(page).first();
    await expect(first.locator('time')).toHaveAttribute('datetime', isoInDays(0));
    expect(kopecks((await first.locator('[data-interest]').textContent()) ?? '')).toBe(0);
    expect(kopecks((await rows(page).nth(1).locator('[data-interest]').textContent()) ?? '')).toBeGreaterThan(0);
    await expect(page.locator('#calc-rate-hint')).toBeVisible();
    await expect(page.getByLabel('Проценты или наценка, % годовых (необязательно)')).toHaveAttribute(
      'aria-describedby',
      /calc-rate-hint/,
    );
  });

  test('with a down payment the summary dates are those of the regular payments', async ({ page }) => {
    await page.goto('/calculator/?mode=installments&amount=1234567.89&n=3&start=2027-01-31&downPct=10');
    await expect(rows(page)).toHaveCount(4);
    const dates = await rows(page)
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
    expect(dates).toEqual(['31.01.2027', '28.02.2027', '31.03.2027', '30.04.2027']);
    const summary = page.locator('[data-summary]');
    await expect(summary).toContainText('с 28.02.2027 по 30.04.2027');
    await expect(summary).not.toContainText('с 31.01.2027');
  });

  test('an unknown mode shows a notice above the form; ₽ and % down payments together show the field’s error', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/calculator/?mode=xyz&amount=100000');
    const notice = page.locator('[data-notice="unknown-mode"]');
    await expect(notice).toBeVisible();
    const above = await notice.evaluate((n) => {
      const modes = document.querySelector('.calc-modes');
      return modes !== null && (n.compareDocumentPosition(modes) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(above).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Скидка за быструю оплату' }).check();
    await expect(notice).toHaveCount(0);

    await page.goto('/calculator/?mode=installments&amount=100000&down=1000&downPct=10');
    await expect(page.locator('[data-field="down"] .calc-error')).toHaveAttribute('data-error', 'unit-conflict');
    await expect(page.getByLabel('Первый взнос (необязательно)')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await expect(rows(page).first()).toHaveAttribute('data-row', '0');
    await page.getByLabel('Первый взнос (необязательно)').fill('5000');
    await expect(page.locator('[data-field="down"] .calc-error')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a percentage field that is not a number asks for a percentage', async ({ page }) => {
    await page.goto('/calculator/?mode=discount&amount=100000&keyRate=abc');
    await expect(page.locator('[data-field="keyRate"] .calc-error')).toHaveAttribute('data-error', 'not-a-percent');
  });
});

test.describe('links from the decision tree', () => {
  test('installments with an amount: a schedule at defaults, no errors, the amount shown as typed', async ({
    page,
  }) => {
    await page.goto('/calculator/?mode=installments&amount=600000');
    await expect(rows(page)).toHaveCount(6);
    const amount = page.getByLabel('Сумма долга, ₽');
    await expect(amount).toHaveValue('600\u00a0000');
    await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.calc-error')).toHaveCount(0);
    await expect(page).toHaveURL(/amount=600000(&|$)/);
  });

  test('discount with an amount: the verdict against the key rate, which the user can edit', async ({ page }) => {
    await page.goto('/calculator/?mode=discount&amount=100000');
    await expect(page.locator('.calc-error')).toHaveCount(0);
    await expect(page.locator('[data-client-pays]')).toContainText('98 000,00');
    await expect(page.locator('[data-simple-rate]')).toContainText('37,24');
    await expect(page.locator('[data-effective-rate]')).toContainText('44,59');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'expensive');
    await expect(page.locator('[data-field="keyRate"] time')).toHaveAttribute('datetime', '2026-07-27');
    // The default is the newest rate, known from secondary sources only: the result says so and where to check.
    await expect(page.locator('[data-key-rate-note]')).toContainText('по данным вторичных источников');
    await expect(page.locator('[data-key-rate-note]')).toContainText('cbr.ru');
    await expect(page.locator('[data-key-rate-note]')).toContainText('30.11.2026');
    await page.getByLabel('Ставка для сравнения, % годовых').fill('45');
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'cheap');
    await expect(page.locator('[data-key-rate-note]')).toHaveCount(0);
    await expect(page).toHaveURL(/keyRate=45/);
    await page.getByLabel('Обычный срок оплаты, дней').fill('5');
    await page.getByLabel('Обычный срок оплаты, дней').blur();
    await expect(page.locator('[data-field="dueDays"] .calc-error')).toHaveAttribute(
      'data-error',
      'due-before-discount',
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('dark mode on a phone', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 320, height: 700 } });
  test('no contrast problems and no sideways scrolling', async ({ page }) => {
    await page.goto(`/calculator/?mode=installments&amount=1234567,89&n=12&interest=9&start=${isoInDays(1)}`);
    await expect(rows(page)).toHaveCount(12);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Скидка за быструю оплату' }).check();
    await expect(page.locator('[data-verdict]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the method and shows a worked example', async ({ page }) => {
    await page.goto('/calculator/');
    await expect(page.locator('.calc-noscript')).toBeVisible();
    await expect(page.getByLabel('Сумма долга, ₽')).toBeDisabled();
    await expect(page.locator('.calc-method table').first().locator('tbody tr')).toHaveCount(3);
    await expect(page.locator('.calc-method')).toContainText('37,24');
    // The annuity example: payment 1 on the first date carries no interest, payment 2 does.
    const annuity = page.locator('.calc-method table').nth(1).locator('tbody tr');
    expect(kopecks((await annuity.nth(0).locator('td').nth(2).textContent()) ?? '')).toBe(0);
    expect(kopecks((await annuity.nth(1).locator('td').nth(2).textContent()) ?? '')).toBeGreaterThan(0);
  });
});

test(`the page loads at most ${budgetKb('calculator')} KB of JavaScript (gzip) before any export is used`, async ({
  page,
}) => {
  const total = countScriptBytes(page);
  await page.goto('/calculator/?mode=installments&amount=150000', { waitUntil: 'networkidle' });
  await expect(rows(page)).toHaveCount(6);
  const bytes = await total();
  console.log(`calculator JS at load: ${(bytes / 1024).toFixed(1)} KB gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(budgetBytes('calculator'));
});

test.describe('what blocks the result shows at once, on its field', () => {
  test('a link with 0,01 ₽ marks the number of payments, not just «Исправьте отмеченные поля»', async ({ page }) => {
    await page.goto('/calculator/?mode=installments&amount=0,01');
    await expect(page.locator('.calc-result')).toHaveAttribute('data-result', 'waiting');
    await expect(page.locator('[data-field="n"] .calc-error')).toHaveAttribute('data-error', 'payments-too-small');
    await expect(page.getByLabel('Число платежей (от 1 до 120)')).toHaveAttribute('aria-invalid', 'true');
  });

  test('a wrong number of payments is named while typing, before «Рассчитать»', async ({ page }) => {
    await page.goto('/calculator/?mode=installments&amount=100000');
    await expect(rows(page)).toHaveCount(6);
    const n = page.getByLabel('Число платежей (от 1 до 120)');
    await n.fill('500');
    await expect(page.locator('[data-field="n"] .calc-error')).toHaveAttribute('data-error', 'payments-range');
    await expect(n).toBeFocused();
    await expect(page.locator('.calc-result')).toHaveAttribute('data-result', 'waiting');
  });
});
