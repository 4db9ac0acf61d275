/**
 * The tree after the claim letter (issue 23): the stage question's answers reach plans that link their papers,
 * and with a saved case the start page offers to continue where the case stands.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { budgetBytes, countScriptBytes } from './support/budget';
import { savedCase, savedStore } from './support/saved-case';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const KEY = 'knp:checklist';
const main = (page: Page) => page.locator('main');

async function at(page: Page, node: string, kind: 'question' | 'outcome') {
  await expect(main(page)).toHaveAttribute('data-node', node);
  await expect(main(page)).toHaveAttribute('data-kind', kind);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A day `n` days before today (the browser's and this process's local day), as YYYY-MM-DD and as shown. */
function daysAgo(n: number): { iso: string; shown: string } {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  const pad = (x: number) => String(x).padStart(2, '0');
  return { iso: `${y}-${pad(m)}-${pad(day)}`, shown: `${pad(day)}.${pad(m)}.${y}` };
}

/** One saved case (a company, «ООО «Ромашка»») with the given steps, as the store keeps it. */
const oneCase = (steps: Record<string, string>): string =>
  savedStore(
    { 'case-a': savedCase('ООО «Ромашка»', 10, 'debt=150000&due=2026-01-15&debtor=company', steps) },
    'case-a',
  );

async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(([key, v]) => localStorage.setItem(key, v), [KEY, value] as const);
}

const offer = (page: Page) => page.locator('main [data-resume]');

test.describe('the stage question continues after the claim letter', () => {
  test.use({ javaScriptEnabled: false });

  test('its answers are plain links to the next question or the plan', async ({ page }) => {
    for (const [answer, node, kind] of [
      ['claim-waited', 'overdue', 'question'],
      ['order-issued', 'enforcement', 'outcome'],
      ['cancelled', 'order-cancelled', 'outcome'],
      ['in-force', 'enforcement', 'outcome'],
      ['returned', 'writ-returned', 'outcome'],
    ] as const) {
      await page.goto('/plan/q/reason/');
      await page.locator('main [data-answer="won"]').click();
      await at(page, 'won', 'question');
      await expect(page.locator('h1')).toHaveText('На каком этапе дело?');
      await page.locator(`main [data-answer="${answer}"]`).click();
      await at(page, node, kind);
    }
  });

  test('each plan after the claim letter links its papers on the documents page', async ({ page }) => {
    for (const [plan, docs] of [
      ['enforcement', ['writ-request', 'bank', 'fssp']],
      ['order-cancelled', ['lawsuit']],
      ['writ-returned', ['bank', 'fssp']],
      ['lawsuit-business', ['lawsuit']],
    ] as const) {
      await page.goto(`/plan/${plan}/`);
      for (const doc of docs) {
        await expect(main(page).locator(`a[href^="/documents/?doc=${doc}"]`).first(), `${plan} → ${doc}`).toBeVisible();
      }
    }
    await page.goto('/plan/writ-returned/');
    await expect(main(page)).toContainText('3 года на его предъявление считают заново');
  });
});

test.describe('with a saved case, the start page offers to continue', () => {
  test('the претензия sent 35 days ago: the offer leads to the question after «30 дней прошли»', async ({ page }) => {
    const sent = daysAgo(35);
    await seed(page, oneCase({ claimSent: sent.iso }));
    await page.goto('/plan/');
    await expect(offer(page)).toContainText('Продолжить с того, где вы остановились:');
    await expect(offer(page).locator('a')).toHaveText(`Претензия отправлена ${sent.shown}`);
    await expect(offer(page)).toContainText('Дело: ООО «Ромашка»');
    await offer(page).locator('a').click();
    await at(page, 'overdue', 'question');
    // The answers that led here show, and «Назад» returns to the stage question.
    await expect(page.locator('[data-summary]')).toContainText('Претензию отправили, прошло 30 дней, а денег нет');
    await page.locator('[data-back]').click();
    await at(page, 'won', 'question');
    await expect(page.locator('[data-answer="claim-waited"]')).toHaveAttribute('aria-current', 'true');
  });

  test('the претензия sent 10 days ago: the offer opens the stage question', async ({ page }) => {
    await seed(page, oneCase({ claimSent: daysAgo(10).iso }));
    await page.goto('/plan/');
    await offer(page).locator('a').click();
    await at(page, 'won', 'question');
  });

  test('an order cancelled: the offer opens the plan for the suit, which links the suit', async ({ page }) => {
    await seed(
      page,
      oneCase({ claimSent: daysAgo(90).iso, orderIssued: daysAgo(40).iso, orderCancelled: daysAgo(5).iso }),
    );
    await page.goto('/plan/');
    await expect(offer(page).locator('a')).toHaveText(`Судебный приказ отменён ${daysAgo(5).shown}`);
    await offer(page).locator('a').click();
    await at(page, 'order-cancelled', 'outcome');
    await expect(main(page).locator('a[href^="/documents/?doc=lawsuit"]').first()).toBeVisible();
  });

  test('without a saved case there is no offer and no store code is fetched', async ({ page }) => {
    const total = countScriptBytes(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/plan/', { waitUntil: 'networkidle' });
    // Only the small script that checks for a saved case: not the offer's code, nor the store.
    expect(scripts.filter((u) => /case-store|resume-case|mount-resume/.test(u))).toEqual([]);
    await expect(page.locator('[data-case-slot]')).toBeEmpty();
    await expect(offer(page)).toHaveCount(0);
    expect(await total()).toBeLessThanOrEqual(budgetBytes('tree'));
  });

  for (const width of [390, 1280]) {
    test(`no axe violations at ${width} px: the start page with the offer, the stage question, the new plan`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await seed(page, oneCase({ claimSent: daysAgo(35).iso }));
      await page.goto('/plan/');
      await expect(offer(page)).toBeVisible();
      await axe(page);
      for (const url of ['/plan/q/won/?a=reason:won', '/plan/writ-returned/?a=reason:won,won:returned']) {
        await page.goto(url);
        await expect(page.locator('h1')).toBeVisible();
        await axe(page);
      }
    });
  }
});
