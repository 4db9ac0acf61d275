import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';
import { savedCase, savedStore } from './support/saved-case';

// Hydration can take seconds on a loaded machine.
test.describe.configure({ timeout: 90_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const KEY = 'knp:checklist';
/** «Today» in these tests: five days after the претензия of case A. */
const TODAY = new Date('2026-10-25T12:00:00+03:00');

/** Case A (a company, the претензия sent 20.10.2026) shown, and case B (an ИП, nothing done yet). */
const TWO_CASES = savedStore(
  {
    'case-a': savedCase('ООО «Ромашка»', 10, 'debt=150000&due=2026-09-01', { claimSent: '2026-10-20' }),
    'case-b': savedCase('ИП Петров', 11, 'debt=50000&due=2026-08-01&debtor=ip'),
  },
  'case-a',
  { value: { name: 'ИП Иванов Иван Иванович', inn: '500100732259' }, at: 5 },
);

/** Put `value` under the store's key before the first load of each page only (a reload keeps what the page wrote). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, value] as const,
  );
}

async function open(page: Page, path = '/delo/'): Promise<void> {
  await page.goto(path);
  if (path === '/delo/') await expect(page.locator('.delo[data-ready]')).toBeVisible({ timeout: 30_000 });
}

/** What the page saved, as far as these tests read it. */
interface Saved {
  cases: Record<string, { client: string; deleted?: true; steps: Record<string, { date: string; at: number }> }>;
}
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as Saved, KEY);
const stepInput = (page: Page, step: string) => page.locator(`#delo-step-${step}`);
const caseButton = (page: Page, name: string) => page.locator('.delo-case-list button', { hasText: name });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('shows the next step with its date for a case whose претензия was sent', async ({ page }) => {
  await seed(page, TWO_CASES);
  await open(page);
  await expect(page.locator('[data-client]')).toHaveText('ООО «Ромашка»');
  await expect(page.locator('[data-next]')).toHaveText(
    'Претензия отправлена 20.10.2026 → с 20.11.2026 можно подать иск',
  );
  await expect(page.locator('[data-next-date]')).toHaveText('20.11.2026');
  await expect(page.locator('[data-timeline]')).toContainText('20.10.2026 Претензия отправлена');
  await expect(page.locator('[data-limitation]')).toContainText('До конца срока давности');
  await expect(page.locator('[data-safari]')).toContainText('7 дней');

  // «Сколько должен сегодня» loads the claim calculation on demand: 150 000 ₽ and interest from 02.09.2026.
  await page.click('[data-action="owed"]');
  await expect(page.locator('[data-owed]')).toContainText('150 000,00 ₽');
  await expect(page.locator('[data-owed] strong')).not.toHaveText('150 000,00 ₽');

  // Once 30 days have passed, the court-order application is one tap away.
  await page.clock.setFixedTime(new Date('2026-11-20T12:00:00+03:00'));
  await page.reload();
  await expect(page.locator('[data-next]')).toContainText('с 20.11.2026 можно подать заявление о судебном приказе');
  await expect(page.locator('[data-doc="court-order"]')).toHaveAttribute('href', '/documents/?doc=court-order');
});

test('marking the претензия sent gives the date to sue, and the home page’s card says it', async ({ page }) => {
  await seed(page, savedStore({ c: savedCase('ООО «Лютик»', 1, 'debt=1000&due=2026-09-01') }, 'c'));
  await open(page);
  await expect(page.locator('[data-next]')).toContainText('Претензия ещё не отправлена');
  await expect(page.locator('[data-doc="claim"]')).toBeVisible();
  // Downloading is not sending: the date is the user's to mark. The 30th day (07.11.2026) is a Saturday.
  await stepInput(page, 'claimSent').fill('2026-10-08');
  await expect(page.locator('[data-next]')).toHaveText(
    'Претензия отправлена 08.10.2026 → с 10.11.2026 можно подать иск',
  );
  expect((await stored(page)).cases['c']?.steps.claimSent?.date).toBe('2026-10-08');

  await open(page, '/');
  const card = page.locator('[data-case-card]');
  await expect(card).toContainText('ООО «Лютик»');
  await expect(card).toContainText('с 10.11.2026 можно подать иск');
  await expect(card.getByRole('link')).toHaveAttribute('href', '/delo/');
});

test('the home page shows no case card without a case', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-case-card]')).toHaveCount(0);
});

test('two cases side by side never mix', async ({ page }) => {
  await seed(page, TWO_CASES);
  await open(page);
  await caseButton(page, 'ИП Петров').click();
  await expect(page.locator('[data-client]')).toHaveText('ИП Петров');
  await expect(stepInput(page, 'claimSent')).toHaveValue('');
  await stepInput(page, 'claimSent').fill('2026-10-22');
  await expect(page.locator('[data-next]')).toContainText('с 24.11.2026 можно подать иск');

  await caseButton(page, 'ООО «Ромашка»').click();
  await expect(page.locator('[data-client]')).toHaveText('ООО «Ромашка»');
  await expect(stepInput(page, 'claimSent')).toHaveValue('2026-10-20');
  // Steps other than the next one and those marked are one tap away.
  await expect(stepInput(page, 'orderFiled')).toBeHidden();
  await page.click('.delo-more summary');
  await stepInput(page, 'orderFiled').fill('2026-10-24');
  await expect(page.locator('[data-next]')).toContainText('Заявление о судебном приказе подано 24.10.2026');
  // The field stays where the date was typed, with the focus, while the case is open.
  await expect(page.locator('.delo-more #delo-step-orderFiled')).toBeFocused();

  const state = await stored(page);
  expect(state.cases['case-a']?.steps).toMatchObject({
    claimSent: { date: '2026-10-20' },
    orderFiled: { date: '2026-10-24' },
  });
  expect(state.cases['case-b']?.steps).toEqual({ claimSent: { date: '2026-10-22', at: expect.any(Number) } });
  await page.reload();
  await expect(page.locator('[data-client]')).toHaveText('ООО «Ромашка»');
  await caseButton(page, 'ИП Петров').click();
  await expect(stepInput(page, 'orderFiled')).toHaveValue('');
});

test('a case deleted in one tab does not come back after an edit in another', async ({ page, context }) => {
  await seed(page, TWO_CASES);
  await open(page);
  const other = await context.newPage();
  await other.clock.setFixedTime(TODAY);
  await open(other);
  await expect(other.locator('[data-client]')).toHaveText('ООО «Ромашка»');

  page.once('dialog', (d) => void d.accept());
  await page.click('[data-action="remove-case"]');
  await expect(page.locator('[data-client]')).toHaveText('ИП Петров');

  // The other tab hears of it and shows the remaining case; an edit there keeps the deletion.
  await expect(other.locator('[data-client]')).toHaveText('ИП Петров');
  await stepInput(other, 'claimSent').fill('2026-10-23');
  // The 30th day, 22.11.2026, is a Sunday: a suit from Tuesday 24.11.
  await expect(other.locator('[data-next]')).toContainText('с 24.11.2026 можно подать иск');
  for (const p of [page, other]) {
    await p.reload();
    await expect(p.locator('.delo-case-list')).not.toContainText('Ромашка');
  }
  const state = await stored(other);
  expect(state.cases['case-a']).toMatchObject({ deleted: true, client: '', steps: {} });
  expect(state.cases['case-b']?.steps.claimSent?.date).toBe('2026-10-23');
});

test('«Удалить мои данные» asks once and leaves no personal data under any knp: key', async ({ page }) => {
  await seed(page, TWO_CASES);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('aside')) {
      localStorage.setItem('knp:checklist:damaged:2026-10-01T00:00:00.000Z', '{"client":"ООО «Ромашка» (копия)"}');
      sessionStorage.setItem('aside', '1');
    }
  });
  await open(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.accept();
  });
  await page.click('[data-action="forget"]');
  await expect(page.locator('[data-message]')).toHaveText('Все дела и ваши данные удалены из этого браузера.');
  await expect(page.locator('[data-empty]')).toBeVisible();
  expect(dialogs).toBe(1);
  const saved = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('knp:'))
      .map((k) => `${k}=${localStorage.getItem(k)}`),
  );
  expect(saved.length).toBeGreaterThan(0);
  for (const text of saved)
    for (const personal of ['Ромашка', 'Петров', 'Иванов', '500100732259', 'debt=', '2026-10-20'])
      expect(text, text.slice(0, 80)).not.toContain(personal);
  await page.reload();
  await expect(page.locator('[data-empty]')).toBeVisible();
});

test('declining the confirmation deletes nothing', async ({ page }) => {
  await seed(page, TWO_CASES);
  await open(page);
  page.once('dialog', (d) => void d.dismiss());
  await page.click('[data-action="forget"]');
  await expect(page.locator('[data-client]')).toHaveText('ООО «Ромашка»');
  expect((await stored(page)).cases['case-a']?.client).toBe('ООО «Ромашка»');
});

test('archiving moves a case out of the current list and back', async ({ page }) => {
  await seed(page, TWO_CASES);
  await open(page);
  await page.click('[data-action="archive"]');
  await expect(page.locator('.delo-archived .delo-case-list')).toContainText('ООО «Ромашка»');
  await expect(page.locator('[data-action="archive"]')).toHaveText('Вернуть из архива');
  await page.click('[data-action="archive"]');
  await expect(page.locator('.delo-archived')).toHaveCount(0);
});

test('a damaged store is kept aside with a notice and a download; a newer one is read only', async ({ page }) => {
  await seed(page, '{"version":3,"cases":');
  await open(page);
  await expect(page.locator('[data-notice="corrupt"]')).toBeVisible();
  await expect(page.locator('[data-action="download-damaged"]')).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 99, cases: {} })), KEY);
  await page.reload();
  await expect(page.locator('[data-notice="newer"]')).toBeVisible();
});

test('a date typed digit by digit with the keyboard is kept, and one left unfinished goes back', async ({ page }) => {
  await seed(page, TWO_CASES);
  await open(page);
  const sent = stepInput(page, 'claimSent');
  await sent.focus();
  // 11.11.2026 reads the same day-first or month-first; the year passes through 0002, 0020 and 0202 on its way.
  await page.keyboard.type('11112026');
  await expect(sent).toHaveValue('2026-11-11');
  await expect(page.locator('[data-next]')).toContainText('11.11.2026');
  await expect.poll(async () => (await stored(page)).cases['case-a']?.steps['claimSent']?.date).toBe('2026-11-11');

  await page.click('.delo-more summary');
  const received = stepInput(page, 'claimReceived');
  await received.focus();
  await page.keyboard.type('1111202');
  await expect(received).toHaveValue('0202-11-11');
  await received.blur();
  await expect(received).toHaveValue('');
  expect((await stored(page)).cases['case-a']?.steps['claimReceived']).toBeUndefined();
});

test('a date changed in data of a newer version goes back to the saved one', async ({ page }) => {
  await seed(page, TWO_CASES.replace('"version":3', '"version":4'));
  await open(page);
  await expect(page.locator('[data-notice="newer"]')).toBeVisible();
  await expect(stepInput(page, 'claimSent')).toHaveValue('2026-10-20');
  await stepInput(page, 'claimSent').fill('2026-10-21');
  await expect(stepInput(page, 'claimSent')).toHaveValue('2026-10-20');
  await expect(page.locator('[data-next]')).toContainText('20.10.2026');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('"version":4');
});

for (const width of [390, 1280]) {
  test(`no axe violations at ${width} px, with a case and without, and on the home page’s case card`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await seed(page, TWO_CASES);
    await open(page);
    await page.click('[data-action="owed"]');
    await expect(page.locator('[data-owed]')).toBeVisible();
    const withCase = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(withCase.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('[data-empty]')).toBeVisible();
    const empty = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(empty.violations.map((v) => v.id)).toEqual([]);
    // The home page with the case card.
    await page.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, TWO_CASES] as const);
    await open(page, '/');
    await expect(page.locator('[data-case-card]')).toBeVisible();
    const home = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(home.violations.map((v) => v.id)).toEqual([]);
  });
}

test(`/delo/ loads at most ${budgetKb('delo')} KB of JavaScript (gzip) besides the case store`, async ({ page }) => {
  await seed(page, TWO_CASES);
  const count = countScriptBytes(page);
  await open(page);
  await page.waitForLoadState('networkidle');
  const bytes = await count();
  expect(bytes).toBeLessThanOrEqual(budgetBytes('delo'));
});
