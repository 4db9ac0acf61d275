// Decision tree: first-load bytes of a question page and an outcome page (the island's JavaScript is the
// "js KB" column; its budget is the `tree` row of docs/decisions/112-js-budgets-table.md), and how long an in-place answer takes (click → next question shown).
import { measurePages } from './pages.mjs';
import { budgetKb } from '../../tests/e2e/support/budget.ts';

const PATH = [
  ['reason', 'silent'],
  ['silent', 'tried'],
  ['overdue', 'recent'],
  ['debtor', 'company'],
  ['amount-company', 'upto-750k'],
];

/** Print the decision tree's figures. */
export async function run({ browser, baseURL }) {
  const rows = await measurePages({ browser, baseURL }, [
    { type: 'tree: start page', path: '/plan/' },
    { type: 'tree: question', path: '/plan/q/reason/' },
    {
      type: 'tree: outcome with answers',
      path: '/plan/court-order-business/?a=reason:silent,silent:tried,overdue:recent,debtor:company,amount-company:upto-750k,docs-business:full',
    },
    { type: 'tree: all outcomes', path: '/plan/vse-varianty/' },
  ]);
  console.log(`\nDecision tree — first load (island JS budget on a question page: ${budgetKb('tree')} KB gzip):\n`);
  console.table(rows);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}/plan/q/reason/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const times = [];
  for (const [, answer] of PATH) {
    const before = await page.locator('main').getAttribute('data-node');
    const start = Date.now();
    await page.locator(`main [data-answer="${answer}"]`).click();
    await page.waitForFunction((prev) => document.querySelector('main')?.getAttribute('data-node') !== prev, before);
    times.push(Date.now() - start);
  }
  await context.close();
  const avg = Math.round(times.reduce((a, b) => a + b, 0) / times.length);
  console.log(
    `In-place answer (click → next question), ${times.length} answers: average ${avg} ms, max ${Math.max(...times)} ms\n`,
  );
}
