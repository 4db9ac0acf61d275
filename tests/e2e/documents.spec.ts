import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';
import { strFromU8, unzipSync } from 'fflate';

// The page hydrates and then loads the chosen document's builder: allow for a loaded machine.
test.describe.configure({ timeout: 120_000 });
const READY = { timeout: 30_000 };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const CLAIM_URL =
  '/documents/?doc=claim&debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30&debtor=company';

/** A date `days` from today as YYYY-MM-DD. */
function isoInDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Fill the user's and the client's details. */
async function fillParties(page: Page) {
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.getByLabel('Название (ООО «Ромашка»)').first().fill('ООО «Лютик»');
  await page.locator('#doc-me-inn').fill('7707083893');
  await page.locator('#doc-me-ogrn').fill('1027700132195');
  await page.locator('#doc-me-position').fill('Генеральный директор');
  await page.locator('#doc-me-signer').fill('Смирнова Анна Сергеевна');
  await page.locator('#doc-me-bank-account').fill('40702810627060018754');
  await page.locator('#doc-me-bank-bank').fill('Банк ВТБ (ПАО)');
  await page.locator('#doc-me-bank-bik').fill('044525411');
  await page.locator('#doc-me-bank-corr').fill('30101810145250000411');
  await page.locator('#doc-debtor-name').fill('ООО «Ромашка»');
  await page.locator('#doc-debtor-inn').fill('7702070139');
  await page.locator('#doc-debtor-position').fill('Генеральный директор');
  await page.locator('#doc-debtor-signer').fill('Иванов Иван Иванович');
  await page.locator('#doc-details-contractNo').fill('12/2026');
  await page.locator('#doc-details-contractDate').fill('2026-09-01');
}

/** Click «Скачать .docx» and return the text of word/document.xml. */
async function downloadDocx(page: Page): Promise<{ name: string; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="docx"]').click()]);
  const path = await download.path();
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'] ?? new Uint8Array());
  return { name: download.suggestedFilename(), xml: xml.replace(/[\u00a0\u202f]/g, ' ') };
}

test('a claim letter from the claim calculator’s link: filled once, declined, downloaded as .docx, private, kept on reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(CLAIM_URL);
  const preview = page.locator('.doc-page[data-doc="claim"]');
  await expect(preview).toBeVisible(READY);
  await expect(page.locator('[data-debt]')).toContainText('60 000,00');
  await fillParties(page);
  await expect(preview).toContainText('Иванову И. И.');
  await expect(preview).toContainText('108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек');
  await expect(preview).toContainText('договор № 12/2026 от 01.09.2026');

  expect(page.url()).not.toMatch(/7707083893|%D0%9B%D1%8E%D1%82|Лютик|Ромашка|Иванов/);

  const { name, xml } = await downloadDocx(page);
  expect(name).toMatch(/^pretenziya-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(xml).toContain('ООО «Ромашка»');
  expect(xml).toContain('Иванову И. И.');
  expect(xml).toContain('108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек');

  await page.reload();
  await expect(page.locator('#doc-debtor-signer')).toHaveValue('Иванов Иван Иванович');
  await expect(page.locator('#doc-me-inn')).toHaveValue('7707083893');
  page.once('dialog', (d) => void d.accept());
  await page.locator('[data-action="forget"]').click();
  await expect(page.locator('#doc-me-inn')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#doc-me-inn')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('plan → claim calculator → «Составить претензию» → the claim letter holds the plan’s numbers → .docx', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    '/plan/court-order-business/?a=reason:silent,silent:tried,overdue:recent,debtor:company,amount-company:upto-750k,docs-business:full&sum=300000',
  );
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('a[data-claim]').click();
  await expect(page).toHaveURL(/\/claim\/\?debt=300000&/);
  await expect(page.getByRole('radio', { name: 'Организация' })).toBeChecked();
  await expect(page.locator('.claim[data-ready]')).toBeVisible(READY);
  await page.getByLabel('Последний день оплаты').fill('2026-09-15');
  await page.getByLabel('Считать по (включительно)').fill('2026-11-30');
  await expect(page.locator('[data-result="ready"]')).toBeVisible(READY);
  const claimTotal = ((await page.locator('.claim-result [data-claim]').textContent()) ?? '').replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
  const rubles = /^([\d ]+),\d\d ₽$/.exec(claimTotal.trim())?.[1];
  expect(rubles, claimTotal).toBeTruthy();
  await page.locator('a[data-next="claim-letter"]').click();

  await expect(page).toHaveURL(/\/documents\/\?doc=claim&.*debt=300000/);
  const preview = page.locator('.doc-page[data-doc="claim"]');
  await expect(preview).toBeVisible(READY);
  await fillParties(page);
  await expect(preview).toContainText('составляет 300 000 (триста тысяч) рублей 00 копеек');
  await expect(preview).toContainText(`оплатить ${rubles} (`);
  await expect(page.getByRole('region', { name: 'Расчёт процентов по статье 395 ГК РФ' })).toBeVisible();

  const { xml } = await downloadDocx(page);
  expect(xml).toContain('ООО «Ромашка»');
  expect(xml).toContain('300 000 (триста тысяч) рублей 00 копеек');
  expect(xml).toContain(`${rubles} (`);
  expect(xml).toContain('Расчёт процентов по статье 395 ГК РФ');
  expect(errors).toEqual([]);
});

test('the payment calculator → «Составить соглашение» → the agreement with the same schedule → .docx', async ({
  page,
}) => {
  await page.goto(`/calculator/?mode=installments&amount=108887.99&n=3&every=month&start=${isoInDays(10)}`);
  const calcRows = page.locator('.calc-table tbody tr[data-row]');
  await expect(calcRows).toHaveCount(3);
  const calcAmounts = await page.locator('.calc-table tbody tr[data-row] td:last-child').allTextContents();
  await page.locator('[data-export="agreement"]').click();
  await expect(page).toHaveURL(/\/documents\/\?doc=installment&/);
  const table = page.locator('.doc-page[data-doc="installment"] .doc-table');
  await expect(table.locator('tbody tr')).toHaveCount(3, READY);
  expect(calcAmounts.length).toBe(3);
  await expect(page.locator('.doc-page')).toContainText(
    '108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек',
  );
  await page.locator('#doc-debtor-name').fill('ООО «Ромашка»');
  const { xml } = await downloadDocx(page);
  expect(xml).toContain('График платежей');
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('ООО «Ромашка»');
});

test('a reminder from the claim calculator’s link counts a payment to invoice 2 and a date typed as ДД.ММ.ГГГГ', async ({
  page,
}) => {
  // The calculator writes pay=…:2 for a payment to invoice 2; the documents read its URL with its own reader.
  await page.goto(
    '/documents/?doc=reminder&debt=60000&due=15.10.2026&inv=2026-11-10:58887.99&pay=2026-11-01:10000:2&to=2026-11-30',
  );
  const preview = page.locator('.doc-page[data-doc="reminder"]');
  await expect(preview).toContainText(
    /108\s887 \(сто восемь тысяч восемьсот восемьдесят семь\) рублей 99 копеек/,
    READY,
  );
  await expect(preview).not.toContainText('восемнадцать');
  await expect(page.locator('.doc-app')).not.toContainText('прочитать не удалось');
  // Switching documents keeps the calculator's numbers in the address.
  await page
    .locator('.doc-picker')
    .getByRole('link', { name: /Претензия/ })
    .click();
  await expect(page).toHaveURL(/doc=claim&debt=60000&due=15\.10\.2026&inv=.*&pay=2026-11-01%3A10000%3A2/);
});

test('invoices adding up to 1 000 000 000 000 ₽ get a notice and a document with blanks, not «Готовим документ…»', async ({
  page,
}) => {
  const nine = Array.from({ length: 9 }, (_, i) => `inv=2026-10-${10 + i}:100000000000`).join('&');
  await page.goto(`/documents/?doc=claim&debt=100000000000&due=2026-10-01&${nine}&to=2026-11-30`);
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.locator('.doc-notice')).toContainText(
    'Сумму долга или срок оплаты из ссылки использовать не удалось',
  );
  await expect(page.locator('.doc-waiting')).toHaveCount(0, READY);
  await expect(page.locator('.doc-output')).toContainText('[сумма]');
});

test('a wrong digit in ИНН, ОГРН or an account is flagged next to its field', async ({ page }) => {
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('.doc-page[data-doc="reminder"]')).toBeVisible(READY);
  await page.locator('#doc-me-inn').fill('7707083894');
  await expect(page.locator('#doc-me-inn-error')).toHaveAttribute('data-error', 'inn-checksum');
  await expect(page.locator('#doc-me-inn')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#doc-me-inn').fill('7707083893');
  await expect(page.locator('#doc-me-inn-error')).toHaveCount(0);
  await page.locator('#doc-me-bank-bik').fill('044525411');
  await page.locator('#doc-me-bank-account').fill('40702810627060018755');
  await expect(page.locator('#doc-me-bank-account-error')).toHaveAttribute('data-error', 'account-key');
});

test('the court-order application for a private person asks for and prints the date and place of birth and an identifier; «Удалить мои данные» removes them', async ({
  page,
}) => {
  await page.goto('/documents/?doc=court-order&debt=60000&due=2026-10-15&to=2026-11-30&debtor=person');
  const preview = page.locator('.doc-page[data-doc="court-order"]');
  await expect(preview).toBeVisible(READY);
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-debtor-name').fill('Орлова Вера Павловна');
  const missing = page.getByText(/^Не заполнено:/);
  await expect(missing).toContainText('клиент — дата рождения, место рождения, место жительства');
  await expect(preview.locator('mark.doc-blank', { hasText: '[место рождения]' })).toBeVisible();

  await page.locator('#doc-debtor-birthDate').fill('1975-06-05');
  await page.locator('#doc-debtor-birthPlace').fill('г. Тула');
  await page.locator('#doc-debtor-address').fill('г. Тверь, ул. Вторая, д. 2');
  await page.locator('#doc-debtor-idKind').selectOption('snils');
  await page.locator('#doc-debtor-idNumber').fill('112-233-445 96');
  await expect(page.locator('#doc-debtor-idNumber-error')).toHaveAttribute('data-error', 'snils-checksum');
  await page.locator('#doc-debtor-idNumber').fill('112-233-445 95');
  await expect(page.locator('#doc-debtor-idNumber-error')).toHaveCount(0);
  await expect(missing).not.toContainText('клиент');
  await expect(preview).toContainText(
    'Должник: Орлова Вера Павловна, дата рождения: 05.06.1975, место рождения: г. Тула, СНИЛС 112-233-445 95, место жительства: г. Тверь, ул. Вторая, д. 2.',
  );
  expect(page.url()).not.toMatch(/1975|112-233|%D0%A2%D1%83%D0%BB%D0%B0|Тула/);

  const { name, xml } = await downloadDocx(page);
  expect(name).toMatch(/^zayavlenie-o-vydache-sudebnogo-prikaza-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(xml).toContain('дата рождения: 05.06.1975, место рождения: г. Тула, СНИЛС 112-233-445 95');

  await page.locator('#doc-debtor-idKind').selectOption('unknown');
  await expect(preview).toContainText('идентификаторы должника (СНИЛС, ИНН, паспорт и другие) взыскателю неизвестны');
  await expect(missing).not.toContainText('клиент');
  expect((await downloadDocx(page)).xml).toContain('взыскателю неизвестны');

  page.once('dialog', (d) => void d.accept());
  await page.locator('[data-action="forget"]').click();
  await expect(page.locator('#doc-debtor-name')).toHaveValue('');
  expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toMatch(/1975|Тула|112-233/);
  await page.reload();
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-debtor-name').fill('Орлова Вера Павловна');
  await expect(page.locator('#doc-debtor-birthDate')).toHaveValue('');
});

test('each of the six documents opens from its link and the picker switches without losing the numbers', async ({
  page,
}) => {
  await page.goto(CLAIM_URL);
  // Before hydration the picker's links cannot know the query (see the issue note); wait as the other tests do.
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  for (const [label, id] of [
    ['Напоминание', 'reminder'],
    ['Гарантийное письмо', 'guarantee'],
    ['Акт сверки', 'reconciliation'],
    ['Заявление о судебном приказе', 'court-order'],
    ['Соглашение о рассрочке', 'installment'],
    ['Претензия', 'claim'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Документы' }).getByRole('link', { name: label }).click();
    await expect(page.locator(`.doc-page[data-doc="${id}"]`)).toBeVisible(READY);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(id);
    expect(new URL(page.url()).searchParams.get('debt')).toBe('60000');
  }
  await page.goBack();
  await expect(page.locator('.doc-page[data-doc="installment"]')).toBeVisible(READY);
});

for (const width of [390, 1280]) {
  test(`no axe violations at ${width} px, with a filled claim and an error showing`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(CLAIM_URL);
    await fillParties(page);
    await page.locator('#doc-debtor-inn').fill('1234567890');
    await expect(page.locator('#doc-debtor-inn-error')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('navigation', { name: 'Документы' }).getByRole('link', { name: 'Акт сверки' }).click();
    await page.getByRole('button', { name: 'Добавить строку' }).click();
    await expectNoAxeViolations(page);
    // The court-order application for a private person: the personal-data fields, the «Не заполнено» line, marked blanks.
    await page.goto('/documents/?doc=court-order&debt=60000&due=2026-10-15&to=2026-11-30&debtor=person');
    await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
    await page.locator('#doc-debtor-name').fill('Орлова Вера Павловна');
    await page.locator('#doc-debtor-idKind').selectOption('snils');
    await page.locator('#doc-debtor-idNumber').fill('112-233-445 96');
    await expect(page.locator('#doc-debtor-idNumber-error')).toBeVisible();
    await expect(page.getByText(/^Не заполнено:/)).toBeVisible();
    await expect(page.locator('.doc-page mark.doc-blank').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('printing shows the document alone', async ({ page }) => {
  await page.goto(CLAIM_URL);
  await expect(page.locator('.doc-page')).toBeVisible(READY);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.doc-form')).toBeHidden();
  await expect(page.locator('.doc-page')).toBeVisible();
});

// The budget is the `documents` row of docs/decisions/112-js-budgets-table.md.
test(`the page loads at most ${budgetKb('documents')} KB of JavaScript (gzip) before a .docx is asked for`, async ({
  page,
}) => {
  // Measured on the page as a visitor first opens it. A link from the claim calculator also loads that
  // calculator's code (the calculation the letter carries); the bench reports that figure too.
  const count = countScriptBytes(page);
  await page.goto('/documents/', { waitUntil: 'networkidle' });
  await expect(page.locator('.doc-page[data-doc="claim"]')).toBeVisible(READY);
  const total = await count();
  console.log(`documents JS at load: ${(total / 1024).toFixed(1)} KB gzip`);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(budgetBytes('documents'));
});

test('the claim calculator’s «Составить претензию» opens the claim letter holding the same calculation', async ({
  page,
}) => {
  await page.goto('/claim/?debt=100000&due=2025-01-10&to=2025-03-31&debtor=company');
  const next = page.locator('a[data-next="claim-letter"]');
  await expect(next).toBeVisible(READY);
  await next.click();
  await expect(page).toHaveURL(/\/documents\/\?doc=claim&.*debt=100000/);
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  const table = page.getByRole('region', { name: 'Расчёт процентов по статье 395 ГК РФ' });
  await expect(table).toBeVisible(READY);
  await expect(table.locator('tbody tr').first()).toContainText('11.01.2025');
});

test('two invoices from the claim link: each number typed once, each due date stated, an invoice column with totals by invoice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/documents/?doc=claim&debt=60000&due=2026-07-15&inv=2026-08-15:40000&to=2026-11-30&debtor=company');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  // The link carries amounts and due dates; the numbers and dates of the invoices are typed next to them.
  await page.getByLabel('Номер счёта 1').fill('7');
  await page.getByLabel('Дата счёта 1').fill('2026-07-01');
  await page.getByLabel('Номер счёта 2').fill('9');
  await page.getByLabel('Дата счёта 2').fill('2026-08-01');
  for (const id of ['claim', 'court-order'] as const) {
    if (id === 'court-order')
      await page
        .getByRole('navigation', { name: 'Документы' })
        .getByRole('link', { name: 'Заявление о судебном приказе' })
        .click();
    const preview = page.locator(`.doc-page[data-doc="${id}"]`);
    await expect(preview).toContainText('счёт № 7 от 01.07.2026 на сумму 60 000,00 ₽ — не позднее 15.07.2026', READY);
    await expect(preview).toContainText('счёт № 9 от 01.08.2026 на сумму 40 000,00 ₽ — не позднее 15.08.2026');
    const table = page.getByRole('region', { name: 'Расчёт процентов по статье 395 ГК РФ' });
    await expect(table.locator('thead th').first()).toHaveText('Счёт');
    const subtotals = table.locator('tbody tr', { hasText: 'Итого по счёту' });
    await expect(subtotals).toHaveCount(2);
    await expect(subtotals.nth(0).locator('td').first()).toHaveText('№ 7');
    await expect(subtotals.nth(0).locator('td').nth(2)).toHaveText('138');
    await expect(subtotals.nth(1).locator('td').first()).toHaveText('№ 9');
    // 18.08–30.11: 15.08.2026 is a Saturday, the due date moves to Monday 17.08 (ГК РФ ст. 193).
    await expect(subtotals.nth(1).locator('td').nth(2)).toHaveText('105');
    // The overall total adds the sums, never the days of different invoices.
    await expect(table.locator('tfoot td').nth(2)).toHaveText('');
    // On a phone the wide table stays in its own scroll area (the page never scrolls sideways), which the keyboard reaches.
    await expect(table).toHaveAttribute('tabindex', '0');
    await table.focus();
    await expect(table).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  // The numbers live in this browser only: never in the address, still there after a reload.
  expect(page.url()).not.toMatch(/2026-07-01|%E2%84%96/);
  await page.reload();
  await expect(page.locator('.doc-page[data-doc="court-order"]')).toContainText(
    'счёт № 9 от 01.08.2026 на сумму 40 000,00 ₽ — не позднее 15.08.2026',
    READY,
  );
  await expectNoAxeViolations(page);
});

/** Hold the requests of the script chunks named `names` until `release(name)` is called. */
async function holdChunks(page: Page, names: readonly string[]) {
  const gates = new Map<string, () => void>();
  const opened = new Map(names.map((n) => [n, new Promise<void>((r) => gates.set(n, r))]));
  for (const name of names)
    await page.route(new RegExp(`/${name}\\.[\\w-]+\\.js$`), async (route) => {
      await opened.get(name);
      await route.continue();
    });
  return (name: string) => gates.get(name)!();
}

for (const first of ['case-docs', 'case-tools'] as const)
  test(`invoices typed while the case store loads are all kept, with the link’s calculation (${first} arrives first)`, async ({
    page,
  }) => {
    // A slow network: the store's code arrives after the user has typed. Nothing typed may be lost, and the
    // first case holds the link's calculation whichever of the store's two entry chunks arrives first.
    const release = await holdChunks(page, ['case-docs', 'case-tools']);
    await page.goto(
      '/documents/?doc=claim&debt=60000&due=2026-07-15&inv=2026-08-15:40000&to=2026-11-30&debtor=company',
    );
    await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
    await page.getByLabel('Номер счёта 1').fill('7');
    await page.getByLabel('Дата счёта 1').fill('2026-07-01');
    await page.getByLabel('Номер счёта 2').fill('9');
    await page.getByLabel('Дата счёта 2').fill('2026-08-01');
    release(first);
    release(first === 'case-docs' ? 'case-tools' : 'case-docs');
    await expect(page.locator('[data-case="synced"]')).toBeVisible(READY);
    await expect
      .poll(() =>
        page.evaluate(() => {
          type Saved = {
            activeCaseId: string;
            cases?: Record<string, { parts: Record<string, { value: unknown } | undefined> }>;
          };
          const s = JSON.parse(localStorage.getItem('knp:checklist') ?? '{}') as Saved;
          const c = s.cases?.[s.activeCaseId];
          return {
            cases: Object.keys(s.cases ?? {}).length,
            invoices: c?.parts.invoices?.value,
            claim: c?.parts.claim?.value,
          };
        }),
      )
      .toEqual({
        cases: 1,
        invoices: [
          { no: '7', date: '2026-07-01' },
          { no: '9', date: '2026-08-01' },
        ],
        claim: 'debt=60000&debtor=company&due=2026-07-15&inv=2026-08-15%3A40000',
      });
    await page
      .getByRole('navigation', { name: 'Документы' })
      .getByRole('link', { name: 'Заявление о судебном приказе' })
      .click();
    await expect(page.locator('.doc-page[data-doc="court-order"]')).toContainText(
      'счёт № 9 от 01.08.2026 на сумму 40 000,00 ₽ — не позднее 15.08.2026',
      READY,
    );
  });

test('a first visit left before the case store has loaded keeps what was typed: the next visit shows it in a case', async ({
  page,
}) => {
  // No signal for the store's code: the user types the client's name and reloads at once.
  const release = await holdChunks(page, ['case-docs']);
  await page.goto('/documents/?doc=reminder');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-debtor-name').fill('ООО «Ромашка»');
  await page.reload();
  release('case-docs');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await expect(page.locator('#doc-debtor-name')).toHaveValue('ООО «Ромашка»');
  await expect(page.locator('.doc-page[data-doc="reminder"]')).toContainText('ООО «Ромашка»');
  // The case store holds it now, as the client of a case; the old key it waited under is gone.
  await expect
    .poll(() => page.evaluate(() => [localStorage.getItem('knp:documents'), localStorage.getItem('knp:checklist')]))
    .toEqual([null, expect.stringContaining('"client":"ООО «Ромашка»"')]);
});

test('the user’s own details alone make no case: they are the profile, kept for every case', async ({ page }) => {
  await page.goto('/documents/?doc=claim');
  await expect(page.locator('.doc-app[data-ready]')).toBeVisible(READY);
  await page.locator('#doc-me-name').fill('ООО «Лютик»');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('knp:checklist') ?? ''), READY)
    .toContain('ООО «Лютик»');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('knp:checklist')!) as { cases: object });
  expect(saved.cases).toEqual({});
});
