import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { budgetBytes, budgetKb, countScriptBytes } from './support/budget';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const main = (page: Page) => page.locator('main');

/** Expect the page to show this node of the tree. */
async function at(page: Page, node: string, kind: 'question' | 'outcome') {
  await expect(main(page)).toHaveAttribute('data-node', node);
  await expect(main(page)).toHaveAttribute('data-kind', kind);
}

/** Answer the current question by answer id. */
const answer = (page: Page, id: string) => page.locator(`main [data-answer="${id}"]`).click();

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Fail on any console error or page error. */
function noErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const COURT_ORDER =
  'reason:silent,silent:tried,overdue:recent,debtor:company,amount-company:upto-750k,docs-business:full';

test('with JavaScript: a full journey answers in place, moves focus, and ends at a plan with the answers', async ({
  page,
}) => {
  const errors = noErrors(page);
  await page.goto('/plan/');
  await page.locator('main a.button--primary').click();
  await at(page, 'reason', 'question');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  await answer(page, 'silent');
  await at(page, 'silent', 'question');
  await expect(page).toHaveURL(/\/plan\/q\/silent\/\?a=reason:silent$/);
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('[data-summary] dt')).toHaveCount(1);
  await expect(page.locator('main progress')).toHaveCount(1);

  for (const [a, node] of [
    ['tried', 'overdue'],
    ['recent', 'debtor'],
    ['company', 'amount-company'],
    ['upto-750k', 'docs-business'],
  ] as const) {
    await answer(page, a);
    await at(page, node, 'question');
    await expect(page.locator('main h1')).toBeFocused();
  }
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no reload so far
  await expect(page).toHaveTitle(/.+ — Клиент не платит$/);

  await answer(page, 'full');
  await at(page, 'court-order-business', 'outcome');
  await expect(page).toHaveURL(`/plan/court-order-business/?a=${COURT_ORDER}`);
  await expect(page.locator('[data-summary] dt')).toHaveCount(6);
  await expect(page.locator('main a[href^="/checklist/?now="]')).toHaveCount(1);
  await expect(page.locator('main a[href^="/guide/"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is a real page: walk to a plan and carry the amount into the calculator', async ({ page }) => {
    await page.goto('/plan/');
    await page.locator('main a.button--primary').click();
    await at(page, 'reason', 'question');
    await expect(page.locator('main [data-restart]')).toHaveCount(1);
    await answer(page, 'money');
    await at(page, 'money', 'question');
    await answer(page, 'parts');
    await at(page, 'installments', 'outcome');
    await page.locator('#plan-amount').fill('120000');
    await page.locator('form.plan-calc button[type="submit"]').click();
    await expect(page).toHaveURL(/\/calculator\/\?mode=installments&amount=120000$/);
  });

  test('a plan (which cannot know the answers without JavaScript) offers to go through the questions again', async ({
    page,
  }) => {
    await page.goto('/plan/q/money/');
    await answer(page, 'parts');
    await at(page, 'installments', 'outcome');
    await expect(page.locator('[data-summary]')).toHaveCount(0);
    await page.locator('main [data-replay]').click();
    await at(page, 'reason', 'question');
  });

  test('the legal branch reaches a court plan by links alone', async ({ page }) => {
    await page.goto('/plan/q/reason/');
    for (const [a, node] of [
      ['delaying', 'delaying'],
      ['broke', 'overdue'],
      ['over', 'acknowledged'],
      ['yes', 'debtor'],
      ['person', 'amount-person'],
      ['upto-250k', 'docs-person-small'],
    ] as const) {
      await answer(page, a);
      await at(page, node, 'question');
    }
    await answer(page, 'partial');
    await at(page, 'simplified-person', 'outcome');
  });
});

test('«Изменить» reopens a question and keeps the later answers that still apply', async ({ page }) => {
  await page.goto(`/plan/court-order-business/?a=${COURT_ORDER}`);
  await page.locator('[data-summary] summary').click();
  await page.locator('[data-change="debtor"]').click();
  await at(page, 'debtor', 'question');
  await expect(page.locator('main [data-answer="company"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-summary] dt')).toHaveCount(3);
  await answer(page, 'ip');
  await at(page, 'amount-ip', 'question');
  await expect(page.locator('main h1')).toBeFocused();
  await answer(page, 'upto-600k');
  // docs-business was answered before and still lies on the path: straight to the plan.
  await at(page, 'court-order-business', 'outcome');
  await expect(page).toHaveURL(/[?,]debtor:ip(,|$)/);
  await expect(page.locator('[data-summary] dt')).toHaveCount(6);
});

test('back and forward move through the questions; «Назад» returns with the answer marked; «Начать заново» clears the answers', async ({
  page,
}) => {
  await page.goto('/plan/q/reason/');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await answer(page, 'quality');
  await at(page, 'quality', 'question');
  await page.goBack();
  await at(page, 'reason', 'question');
  await expect(page).toHaveURL(/\/plan\/q\/reason\/$/);
  await page.goForward();
  await at(page, 'quality', 'question');
  await expect(page.locator('[data-summary] dt')).toHaveCount(1);
  await page.locator('main [data-back]').click();
  await at(page, 'reason', 'question');
  await expect(page.locator('main [data-answer="quality"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('main h1')).toBeFocused();
  await answer(page, 'invoice');
  await at(page, 'invoice', 'question');
  await page.locator('main [data-restart]').click();
  await at(page, 'reason', 'question');
  await expect(page.locator('[data-summary]')).toHaveCount(0);
});

test('an exact amount picks the range and pre-fills the calculator on the plan', async ({ page }) => {
  await page.goto('/plan/q/amount-company/?a=reason:silent,silent:tried,overdue:recent,debtor:company');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.locator('#dt-amount').fill('сто тысяч');
  await page.locator('form.dt-amount button[type="submit"]').click();
  await expect(page.locator('main [role="alert"]')).toBeVisible();
  await at(page, 'amount-company', 'question');

  await page.locator('#dt-amount').fill('300 000,50');
  await page.locator('#dt-amount').press('Enter');
  await at(page, 'docs-business', 'question');
  await expect(page).toHaveURL(/amount-company:upto-750k&sum=300000\.5$/);
  await answer(page, 'full');
  await at(page, 'court-order-business', 'outcome');
  await expect(page.locator('#plan-amount')).toHaveValue('300\u00a0000,50');
  await page.locator('form.plan-calc button[type="submit"]').click();
  // The form sends the amount as shown; the calculator reads it and writes its own plain URL.
  await expect(page).toHaveURL(/\/calculator\/\?mode=installments&amount=300000\.5(&|$)/);
  await expect(page.locator('main input[name="amount"]')).toHaveValue('300\u00a0000,50'); // the calculator shows it exactly as the tree did (one money format)
});

test('an amount that no longer fits the chosen range is dropped', async ({ page }) => {
  await page.goto('/plan/q/amount-company/?a=reason:silent,silent:tried,overdue:recent,debtor:company&sum=300000');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await expect(page.locator('#dt-amount')).toHaveValue('300\u00a0000');
  await expect(page.locator('main [data-answer="over-1200k"]')).not.toHaveAttribute('href', /sum=/);
  await expect(page.locator('main [data-answer="upto-750k"]')).toHaveAttribute('href', /sum=300000$/);
});

test('keyboard only: Tab to an answer, Enter moves on and focus lands on the new question', async ({ page }) => {
  await page.goto('/plan/q/reason/');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const first = page.locator('main [data-answer]').first();
  await first.focus();
  await page.keyboard.press('Tab');
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-answer'));
  expect(id).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(main(page)).not.toHaveAttribute('data-node', 'reason');
  await expect(page.locator('main h1')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-answer'))).toBe(true);
});

test('a copied link reopens the same point with its answers', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/plan/q/debtor/?a=reason:silent,silent:tried,overdue:recent');
  await at(page, 'debtor', 'question');
  await expect(page.locator('[data-summary] dt')).toHaveCount(3);
  await expect(page.locator('main .dt-progress')).toContainText('4');
  await answer(page, 'person');
  await at(page, 'amount-person', 'question');
  await expect(page).toHaveURL(/a=reason:silent,silent:tried,overdue:recent,debtor:person$/);
  await context.close();
});

test.describe('any URL state gets a sensible page', () => {
  for (const url of [
    '/plan/q/debtor/?a=foo:bar,reason:zzz',
    '/plan/q/debtor/?a=reason:quality,quality:defect',
    '/plan/q/debtor/?a=%%%:::,,,',
    '/plan/installments/?a=reason:silent,silent:once',
    '/plan/installments/?a=<script>',
    '/plan/q/reason/?a=' + 'x:y,'.repeat(2000),
  ]) {
    test(`state ${url.slice(0, 70)}`, async ({ page }) => {
      const errors = noErrors(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await expect(page.locator('main [role="status"]')).toHaveCount(1);
      if ((await main(page).getAttribute('data-kind')) === 'question') {
        expect(await page.locator('main [data-answer]').count()).toBeGreaterThanOrEqual(2);
      }
      expect(errors).toEqual([]);
    });
  }

  test('a mismatched link offers a way back to where its answers lead', async ({ page }) => {
    await page.goto('/plan/installments/?a=reason:silent,silent:once');
    await page.locator('main [role="status"] a').click();
    await at(page, 'silent-reach', 'outcome');
    await expect(page.locator('main [role="status"]')).toHaveCount(0);
  });
});

test.describe('accessibility with answers on screen', () => {
  test('a question with the summary has no axe violations', async ({ page }) => {
    await page.goto('/plan/q/debtor/?a=reason:silent,silent:tried,overdue:recent');
    await expect(page.locator('[data-summary]')).toBeVisible();
    await axe(page);
  });

  test('an outcome with the summary has no axe violations', async ({ page }) => {
    await page.goto(`/plan/court-order-business/?a=${COURT_ORDER}`);
    await page.locator('[data-summary] summary').click();
    await expect(page.locator('[data-change="debtor"]')).toBeVisible();
    await axe(page);
  });

  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' });
    test('question and outcome have enough contrast', async ({ page }) => {
      test.slow(); // two full axe scans in one test
      await page.goto('/plan/q/debtor/?a=reason:silent,silent:tried,overdue:recent');
      await expect(page.locator('[data-summary]')).toBeVisible();
      await axe(page);
      await page.goto('/plan/limitation-near/');
      await axe(page);
    });
  });

  test.describe('narrow phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('question, outcome and summary fit without sideways scrolling', async ({ page }) => {
      for (const url of [
        '/plan/q/docs-business/?a=reason:silent,silent:tried,overdue:recent,debtor:company,amount-company:upto-750k',
        `/plan/court-order-business/?a=${COURT_ORDER}`,
        '/plan/vse-varianty/',
      ]) {
        await page.goto(url);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, url).toBeLessThanOrEqual(0);
      }
    });
  });
});

test('the all-outcomes page lists every plan', async ({ page }) => {
  await page.goto('/plan/vse-varianty/');
  const links = page.locator('main a[href^="/plan/"]:not([href^="/plan/q/"])');
  expect(await links.count()).toBeGreaterThanOrEqual(12);
  await links.first().click();
  await expect(main(page)).toHaveAttribute('data-kind', 'outcome');
});

test(`the island stays within its budget: at most ${budgetKb('tree')} KB of gzipped JavaScript on a question page`, async ({
  page,
}) => {
  const total = countScriptBytes(page);
  await page.goto('/plan/q/reason/', { waitUntil: 'networkidle' });
  const bytes = await total();
  console.log(`decision tree JS: ${(bytes / 1024).toFixed(1)} KB gzip (${bytes} B)`);
  expect(bytes).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(budgetBytes('tree'));
});

test.describe('focus after the tree loads a new page', () => {
  const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const tabLandsInMain = async (page: Page) => {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => !!document.activeElement?.closest('main') && !document.activeElement.matches('.skip-link'),
      ),
    ).toBe(true);
  };

  test('Enter on an answer that leads to a plan: focus on the plan heading, the next Tab stays in the content', async ({
    page,
  }) => {
    await page.goto('/plan/q/money/?a=reason:money');
    await hydrated(page);
    await page.locator('main [data-answer="parts"]').focus();
    await page.keyboard.press('Enter');
    await at(page, 'installments', 'outcome');
    await expect(page.locator('main h1')).toBeFocused();
    await tabLandsInMain(page);
  });

  test('«Изменить», «Начать заново» and «Пройти вопросы заново» on a plan: focus on the question heading', async ({
    page,
  }) => {
    const plan = `/plan/court-order-business/?a=${COURT_ORDER}`;
    await page.goto(plan);
    await hydrated(page);
    await page.locator('[data-summary] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-change="debtor"]').focus();
    await page.keyboard.press('Enter');
    await at(page, 'debtor', 'question');
    await expect(page.locator('main h1')).toBeFocused();
    await tabLandsInMain(page);

    for (const link of ['[data-restart]', '[data-replay]']) {
      await page.goto(plan);
      await hydrated(page);
      await page.locator(`main ${link}`).focus();
      await page.keyboard.press('Enter');
      await at(page, 'reason', 'question');
      await expect(page.locator('main h1'), link).toBeFocused();
    }
  });

  test('a first visit (from a search engine or a shared link) keeps the default focus', async ({ page }) => {
    for (const url of [
      '/plan/installments/',
      `/plan/court-order-business/?a=${COURT_ORDER}`,
      '/plan/q/debtor/?a=reason:silent,silent:tried,overdue:recent',
    ]) {
      await page.goto(url);
      await hydrated(page);
      expect(await page.evaluate(() => document.activeElement === document.body), url).toBe(true);
    }
  });
});

test('the exact amount names what is wrong: minus, zero, a third decimal, not a number', async ({ page }) => {
  await page.goto('/plan/q/amount-company/?a=reason:silent,silent:tried,overdue:recent,debtor:company');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  for (const [text, error] of [
    ['-5', 'negative'],
    ['−250 000', 'negative'],
    ['0', 'zero'],
    ['12,345', 'too-many-decimals'],
    ['сто тысяч', 'not-a-number'],
    ['', 'empty'],
  ] as const) {
    await page.locator('#dt-amount').fill(text);
    await page.locator('#dt-amount').press('Enter');
    await expect(page.locator('main [role="alert"]'), text).toHaveAttribute('data-error', error);
    await expect(page.locator('#dt-amount')).toHaveAttribute('aria-invalid', 'true');
    await at(page, 'amount-company', 'question');
  }
});

test('an amount carried to a plan shows grouped and reaches the calculator as plain rubles', async ({ page }) => {
  await page.goto('/plan/installments/?a=reason:money,money:parts&sum=600000');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await expect(page.locator('#plan-amount')).toHaveValue('600\u00a0000');
  await page.locator('form.plan-calc button[type="submit"]').click();
  await expect(page).toHaveURL(/\/calculator\/\?mode=installments&amount=600000(&|$)/);
  await expect(page.locator('main input[name="amount"]')).toHaveValue('600\u00a0000');
});
