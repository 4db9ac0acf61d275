import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/site';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';
import { parse } from 'csv-parse/sync';
import { MONEY_MESSAGES } from '../../src/lib/money/messages';

// These journeys reload several times; on a shared, loaded machine each hydration can take seconds.
test.describe.configure({ timeout: 120_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const item = (page: Page, id: string) => page.locator(`li[id="${id}"] input[type="checkbox"]`);
const progress = (page: Page) => page.locator('[data-progress]');

/** Put `value` under the checklist's storage key before the first load only (a reload keeps what the page wrote). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript((v) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('knp:checklist', v);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
}

/** A stored or backed-up state with `n` cases named `${name} 1…n`, stamped `at`. */
function casesJson(n: number, name: string, at: number, extra: Record<string, unknown> = {}): string {
  const cases: Record<string, unknown> = {};
  const tag = [...name]
    .map((ch) => ch.charCodeAt(0).toString(36))
    .join('')
    .slice(0, 20);
  for (let i = 1; i <= n; i++)
    cases[`${tag}-${i}`] = {
      client: `${name} ${i}`,
      amount: null,
      dueDate: '',
      createdAt: at + i,
      updatedAt: at + i,
      ticks: {},
      log: {},
    };
  return JSON.stringify({ version: 2, activeCaseId: null, cases, ...extra });
}
const backupOf = (json: string): string =>
  JSON.stringify({ format: 'klient-ne-platit/checklist', exportedAt: '2026-11-30T10:00:00.000Z', ...JSON.parse(json) });
const caseButtons = (page: Page) => page.getByRole('list', { name: 'Ваши дела' }).getByRole('button');

/** Open the checklist and wait for the island to take over the static list. */
async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`/checklist/${search}`);
  // Hydration can take seconds on a loaded machine: wait for it longer than for an ordinary assertion.
  await expect(page.locator('.cl[data-ready]')).toBeVisible({ timeout: 30_000 });
}

async function addEntry(page: Page, said: string, agreed = ''): Promise<void> {
  await page.fill('#log-said', said);
  if (agreed) await page.fill('#log-agreed', agreed);
  await page.click('[data-action="save-entry"]');
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('ticked items survive a reload, and reset asks first', async ({ page }) => {
  await open(page);
  await expect(progress(page)).toHaveAttribute('data-progress', /^0\/\d+$/);
  for (const id of ['gather-contract', 'find-reason', 'court']) await item(page, id).check();
  await expect(progress(page)).toHaveAttribute('data-progress', /^3\//);
  await page.reload();
  await expect(page.locator('.cl[data-ready]')).toBeVisible();
  await expect(item(page, 'find-reason')).toBeChecked();
  await expect(item(page, 'listen')).not.toBeChecked();
  await expect(progress(page)).toHaveAttribute('data-progress', /^3\//);

  page.once('dialog', (d) => void d.dismiss());
  await page.click('[data-action="reset"]');
  await expect(item(page, 'court')).toBeChecked();
  page.once('dialog', (d) => void d.accept());
  await page.click('[data-action="reset"]');
  await expect(item(page, 'court')).not.toBeChecked();
  await expect(progress(page)).toHaveAttribute('data-progress', /^0\//);
});

test('a log entry is added, edited, removed, and exported as CSV for Excel', async ({ page }) => {
  await open(page);
  await page.click('[data-action="save-entry"]');
  await expect(page.locator('.cl-log-form [role="alert"]')).toBeVisible();
  await page.fill('#log-date', '2026-11-20');
  await page.selectOption('#log-channel', 'email');
  await addEntry(page, 'Обещал оплатить до пятницы', 'Оплата 80 000 ₽ до 27.11');
  const entries = page.locator('[data-entry]');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('20.11.2026');

  await entries.first().locator('[data-action="edit-entry"]').click();
  await expect(page.locator('#log-said')).toHaveValue('Обещал оплатить до пятницы');
  await page.fill('#log-said', 'Просит рассрочку');
  await page.click('[data-action="save-entry"]');
  await expect(entries).toHaveCount(1);
  await expect(entries.first().locator('[data-field="said"]')).toHaveText('Просит рассрочку');

  await addEntry(page, 'Второй звонок');
  await expect(entries).toHaveCount(2);
  await page.reload();
  await expect(entries).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(csv, { bom: true, delimiter: ';' });
  expect(rows.some((r) => r[0] === '20.11.2026' && r[2] === 'Просит рассрочку')).toBe(true);

  page.once('dialog', (d) => void d.accept());
  await entries.filter({ hasText: 'Второй звонок' }).locator('[data-action="remove-entry"]').click();
  await expect(entries).toHaveCount(1);
});

test('two cases keep their own progress and log; switching is one click', async ({ page }) => {
  await open(page);
  await page.fill('#cl-client', 'ООО «Ромашка»');
  await page.fill('#cl-amount', '80 000');
  await page.locator('#cl-amount').blur();
  await item(page, 'find-reason').check();
  await addEntry(page, 'Ромашка: обещали');

  await page.click('[data-action="new-case"]');
  await expect(page.locator('#cl-client')).toBeFocused();
  await page.fill('#cl-client', 'ИП Петров');
  await expect(item(page, 'find-reason')).not.toBeChecked();
  await expect(page.locator('[data-entry]')).toHaveCount(0);
  await item(page, 'court').check();

  const cases = page.getByRole('list', { name: 'Ваши дела' }).getByRole('button');
  await expect(cases).toHaveCount(2);
  await cases.filter({ hasText: 'Ромашка' }).click();
  await expect(cases.filter({ hasText: 'Ромашка' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#cl-amount')).toHaveValue('80\u00a0000');
  await expect(item(page, 'find-reason')).toBeChecked();
  await expect(item(page, 'court')).not.toBeChecked();
  await expect(page.locator('[data-entry]')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('#cl-client')).toHaveValue('ООО «Ромашка»');
  await cases.filter({ hasText: 'Петров' }).click();
  await expect(item(page, 'court')).toBeChecked();
});

test('export, then import into a fresh browser profile, restores everything', async ({ page, browser }, info) => {
  await open(page);
  await page.fill('#cl-client', 'Клиент один');
  await item(page, 'gather-acts').check();
  await addEntry(page, 'Первая запись');
  await page.click('[data-action="new-case"]');
  await page.fill('#cl-client', 'Клиент два');
  await item(page, 'claim-letter').check();

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
  const file = info.outputPath('backup.json');
  await download.saveAs(file);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other);
  await expect(other.locator('[data-entry]')).toHaveCount(0);
  await other.setInputFiles('[data-action="import-json"]', file);
  await expect(other.locator('[data-import="preview"]')).toHaveText(/Будет добавлено 2 дела, обновлено 0, удалено 0\./);
  await other.click('[data-action="import-confirm"]');
  await expect(other.locator('[data-import="ok"]')).toBeVisible();
  const cases = other.getByRole('list', { name: 'Ваши дела' }).getByRole('button');
  await expect(cases).toHaveCount(2);
  await cases.filter({ hasText: 'Клиент один' }).click();
  await expect(item(other, 'gather-acts')).toBeChecked();
  await expect(other.locator('[data-field="said"]')).toHaveText('Первая запись');
  await cases.filter({ hasText: 'Клиент два' }).click();
  await expect(item(other, 'claim-letter')).toBeChecked();
  await other.reload();
  await expect(cases).toHaveCount(2);
  await fresh.close();
});

test('a hostile or broken backup is refused with a message and changes nothing', async ({ page }, info) => {
  await open(page);
  await item(page, 'listen').check();
  const bad = info.outputPath('bad.json');
  writeFileSync(
    bad,
    '{"format":"klient-ne-platit/checklist","version":2,"exportedAt":"","activeCaseId":null,"cases":{"__proto__":{"polluted":true}}}',
  );
  await page.setInputFiles('[data-action="import-json"]', bad);
  await expect(page.locator('[data-import="error"]')).toBeVisible();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  writeFileSync(bad, 'not json at all');
  await page.setInputFiles('[data-action="import-json"]', bad);
  await expect(page.locator('[data-import="error"]')).toBeVisible();
  await expect(item(page, 'listen')).toBeChecked();
  await page.reload();
  await expect(item(page, 'listen')).toBeChecked();
});

test('two open tabs see each other’s changes and do not overwrite them', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await item(a, 'gather-contract').check();
  await expect(item(b, 'gather-contract')).toBeChecked();
  await addEntry(b, 'Запись из второй вкладки');
  await expect(a.locator('[data-entry]')).toHaveCount(1);
  await item(a, 'court').check();
  await b.reload();
  await expect(b.locator('.cl[data-ready]')).toBeVisible();
  await expect(item(b, 'gather-contract')).toBeChecked();
  await expect(item(b, 'court')).toBeChecked();
  await expect(b.locator('[data-entry]')).toHaveCount(1);
});

test('a plan from the decision tree marks its items as the ones to do now', async ({ page }) => {
  await open(page, '?now=offer-options,find-reason,no-such-item');
  const banner = page.locator('[data-notice="now"]');
  await expect(banner.getByRole('link')).toHaveCount(2);
  await expect(page.locator('.cl-item--now')).toHaveCount(2);
  await expect(page.locator('li[id="find-reason"]')).toHaveClass(/cl-item--now/);
  await banner.getByRole('link').last().click();
  await expect(page).toHaveURL(/#offer-options$/);
});

test('every plan outcome’s checklist link opens the checklist with that plan’s items to do now', async ({ page }) => {
  const outcomes = readdirSync(join(DIST, 'plan'))
    .map((slug) => join(DIST, 'plan', slug, 'index.html'))
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/href="(\/checklist\/\?now=[^"]+)"/g)].map((m) => m[1]!),
    );
  expect(outcomes.length).toBeGreaterThan(0);
  for (const href of new Set(outcomes)) {
    const ids = new URL(href, 'http://x').searchParams.get('now')!.split(',');
    await page.goto(href);
    await expect(page.locator('[data-notice="now"] a')).toHaveCount(ids.length);
    for (const id of ids) await expect(page.locator(`li[id="${id}"]`)).toHaveClass(/cl-item--now/);
  }
});

test('when the browser blocks storage the tool still works and says it will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.locator('[data-notice="blocked"]')).toBeVisible();
  await item(page, 'listen').check();
  await expect(progress(page)).toHaveAttribute('data-progress', /^1\//);
});

test('corrupt saved data does not break the page', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('knp:checklist', '{"version":2,"cases":{');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await open(page);
  await expect(page.locator('[data-notice="corrupt"]')).toBeVisible();
  await item(page, 'listen').check();
  await page.reload();
  await expect(item(page, 'listen')).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist is a readable list with hints and guide links, and says what needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/checklist/');
    for (const id of ['gather-contract', 'know-amount-date', 'find-reason', 'confirm-writing', 'court']) {
      const li = page.locator(`li[id="${id}"]`);
      await expect(li).toBeVisible();
      await expect(li.locator('a[href^="/guide/"]')).toHaveCount(1);
    }
    await expect(page.locator('.cl-phase h2')).toHaveCount(4);
    await expect(page.locator('input[type="checkbox"]')).toHaveCount(0);
    await expect(page.locator('.cl-notice')).toBeVisible();
  });
});

test('the tool in use has no accessibility violations, light and dark, and fits a 320 px phone', async ({ page }) => {
  await open(page, '?now=find-reason');
  await page.fill('#cl-client', 'ООО «Ромашка»');
  await item(page, 'find-reason').check();
  await addEntry(page, 'Обещал', 'До пятницы');
  await page.click('[data-action="new-case"]');
  await page.fill('#cl-amount', 'много');
  await page.locator('#cl-amount').blur();
  await expect(page.locator('#cl-amount')).toHaveAttribute('aria-invalid', 'true');
  // The same text the tree and the calculator show for the same error (src/lib/money/messages.ts).
  await expect(page.locator('#cl-amount-error')).toHaveText(MONEY_MESSAGES['not-a-number']);
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the print view shows what is done and hides the controls', async ({ page }) => {
  await open(page);
  await item(page, 'find-reason').check();
  await page.emulateMedia({ media: 'print' });
  const done = await page
    .locator('li[id="find-reason"] .cl-item__title')
    .evaluate((el) => getComputedStyle(el, '::before').content);
  const todo = await page
    .locator('li[id="listen"] .cl-item__title')
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(done).not.toEqual(todo);
  await expect(page.locator('.cl-log-form')).toBeHidden();
  await expect(page.locator('[data-action="reset"]')).toBeHidden();
});

test.describe('what the user saved is never lost without them asking', () => {
  test('a backup stamped far in the future cannot push the user’s own later edits out', async ({ page }, info) => {
    await open(page);
    await page.fill('#cl-client', 'Моё дело');
    await item(page, 'listen').check();
    const file = info.outputPath('future.json');
    writeFileSync(file, backupOf(casesJson(1, 'Из будущего', 9e15)));
    await page.setInputFiles('[data-action="import-json"]', file);
    await expect(page.locator('[data-import="preview"]')).toHaveText(
      /Будет добавлено 1 дело, обновлено 0, удалено 0\./,
    );
    await page.click('[data-action="import-confirm"]');
    await expect(page.locator('[data-import="ok"]')).toBeVisible();
    await expect(page.locator('#cl-import-result')).toBeFocused();
    await caseButtons(page).filter({ hasText: 'Моё дело' }).click();
    await page.fill('#cl-client', 'Моё дело, переименовано');
    await page.reload();
    await expect(page.locator('.cl[data-ready]')).toBeVisible({ timeout: 30_000 });
    await caseButtons(page).filter({ hasText: 'переименовано' }).click();
    await item(page, 'court').check();
    await page.reload();
    await expect(caseButtons(page)).toHaveCount(2);
    await caseButtons(page).filter({ hasText: 'Моё дело, переименовано' }).click();
    await expect(item(page, 'listen')).toBeChecked();
    await expect(item(page, 'court')).toBeChecked();
    await caseButtons(page).filter({ hasText: 'Из будущего 1' }).click();
    await page.fill('#cl-client', 'Из будущего, переименовано');
    await page.reload();
    await expect(caseButtons(page).filter({ hasText: 'Из будущего, переименовано' })).toHaveCount(1);
    await expect(page.locator('[data-notice="repaired"], [data-notice="corrupt"]')).toHaveCount(0);
  });

  test('30 cases + a backup of 30 others: refused whole, saying what to delete; nothing trimmed later', async ({
    page,
  }, info) => {
    await seed(page, casesJson(30, 'Своё', 1_700_000_000_000));
    await open(page);
    await expect(caseButtons(page)).toHaveCount(30);
    const file = info.outputPath('thirty.json');
    writeFileSync(file, backupOf(casesJson(30, 'Чужое', 1_700_000_000_000)));
    await page.setInputFiles('[data-action="import-json"]', file);
    await expect(page.locator('[data-import="error"]')).toHaveText(
      'Столько дел не поместится: после загрузки их стало бы 60, а помещается 50. Удалите здесь или в файле хотя бы 10 дел — и загрузите снова. Ваши данные не изменены.',
    );
    await page.reload();
    await expect(caseButtons(page)).toHaveCount(30);
    await caseButtons(page).filter({ hasText: 'Своё 7' }).click();
    await item(page, 'listen').check();
    await page.reload();
    await expect(caseButtons(page)).toHaveCount(30);
    await expect(caseButtons(page).filter({ hasText: 'Чужое' })).toHaveCount(0);
  });

  test('a damaged store is kept aside and can be downloaded from the notice', async ({ page }) => {
    const damaged = '{"version":2,"cases":{"a":{"client":"Ромашка"';
    await seed(page, damaged);
    await open(page);
    const notice = page.locator('[data-notice="corrupt"]');
    await expect(notice).toContainText('её можно скачать');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.locator('[data-action="download-damaged"]').click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);
    await item(page, 'listen').check();
    const aside = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('knp:checklist:damaged:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(aside).toEqual([damaged]);
  });

  test('a store written by a newer version of the site is shown but never written', async ({ page }) => {
    const newer = JSON.stringify({ ...JSON.parse(casesJson(1, 'Новое', 1_700_000_000_000)), version: 4, more: [1] });
    await seed(page, newer);
    await open(page);
    await expect(page.locator('[data-notice="newer"]')).toContainText('более новой версией сайта');
    await expect(page.locator('#cl-client')).toHaveValue('Новое 1');
    await item(page, 'listen').click();
    await page.fill('#cl-client', 'Попытка изменить');
    await expect(item(page, 'listen')).not.toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem('knp:checklist'))).toBe(newer);
  });

  test('a backup in Windows-1251 is refused in Russian instead of garbling names', async ({ page }, info) => {
    await open(page);
    const file = info.outputPath('cp1251.json');
    const text = backupOf(casesJson(1, 'Ромашка', 1_700_000_000_000));
    const bytes = [...text].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0)));
    writeFileSync(file, Buffer.from(bytes));
    await page.setInputFiles('[data-action="import-json"]', file);
    await expect(page.locator('[data-import="error"]')).toContainText('не в кодировке UTF-8');
  });

  test('an import preview can be cancelled; nothing changes and focus returns to the file button', async ({
    page,
  }, info) => {
    await open(page);
    const file = info.outputPath('two.json');
    writeFileSync(file, backupOf(casesJson(2, 'Файл', 1_700_000_000_000)));
    await page.setInputFiles('[data-action="import-json"]', file);
    await page.click('[data-action="import-cancel"]');
    await expect(page.locator('[data-import]')).toHaveCount(0);
    await expect(page.locator('#cl-import-file')).toBeFocused();
    await page.reload();
    await expect(caseButtons(page)).toHaveCount(0);
  });
});

test('dates like 01.01.0001 are refused on the field, not printed as the due date', async ({ page }) => {
  await open(page);
  await page.fill('#cl-client', 'Ромашка');
  await page.fill('#cl-due', '0001-01-01');
  await expect(page.locator('#cl-due')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cl-due-error')).toHaveText('Проверьте дату: год должен быть с 1970 по 2100.');
  await expect(page.locator('.cl-print-only')).not.toContainText('01.01.0001');
  await page.fill('#cl-due', '2026-12-01');
  await expect(page.locator('#cl-due')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.cl-print-only')).toContainText('01.12.2026');
});

test('a due date typed digit by digit with the keyboard is kept and saved', async ({ page }) => {
  await open(page);
  await page.fill('#cl-client', 'Ромашка');
  await page.locator('#cl-due').focus();
  // 11.11.2026 reads the same day-first or month-first; the year passes through 0002, 0020 and 0202 on its way.
  await page.keyboard.type('11112026');
  await expect(page.locator('#cl-due')).toHaveValue('2026-11-11');
  await expect(page.locator('#cl-due')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.cl-print-only')).toContainText('11.11.2026');
});

test('editing a log entry: «Отмена» and Esc cancel and return focus to its «Изменить»', async ({ page }) => {
  await open(page);
  await addEntry(page, 'Первый звонок');
  const edit = page.locator('[data-entry] [data-action="edit-entry"]').first();
  await edit.click();
  await expect(page.locator('#log-said')).toHaveValue('Первый звонок');
  await page.click('[data-action="cancel-edit"]');
  await expect(edit).toBeFocused();
  await expect(page.locator('#log-said')).toHaveValue('');
  await edit.press('Enter');
  await page.locator('#log-said').press('Escape');
  await expect(edit).toBeFocused();
  await expect(page.locator('.cl-log-form legend')).toHaveText('Новая запись');
});

test(`the page loads at most ${budgetKb('checklist')} KB of JavaScript (gzip); import, export and CSV code only when used`, async ({
  page,
}) => {
  const total = countScriptBytes(page);
  await open(page);
  await page.waitForLoadState('networkidle');
  const bytes = await total();
  console.log(`checklist JS at load: ${(bytes / 1024).toFixed(1)} KB gzip`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(budgetBytes('checklist'));
  // The on-demand code (zod/mini, the import preview, the CSV writer) arrives with the first backup download.
  const later: string[] = [];
  page.on('response', (res) => later.push(res.url()));
  const download = page.waitForEvent('download');
  await page.click('[data-action="export-json"]');
  await download;
  expect(later.some((u) => /\/on-demand\.[\w-]+\.js$/.test(u))).toBe(true);
});

test('an amount typed and not yet left is kept when the page is reloaded or closed', async ({ page, context }) => {
  await open(page);
  await page.fill('#cl-client', 'ООО «Ромашка»');
  await page.locator('#cl-amount').click();
  await page.keyboard.type('80000');
  await page.reload();
  await expect(page.locator('.cl[data-ready]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#cl-amount')).toHaveValue('80\u00a0000');
  // The same for a closed tab: the next one opens the case with the amount.
  await page.locator('#cl-amount').fill('');
  await page.locator('#cl-amount').click();
  await page.keyboard.type('95000');
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await open(next);
  await expect(next.locator('#cl-amount')).toHaveValue('95\u00a0000');
});
