// «Моё дело» (/delo/): the JavaScript at first load with a case saved (against its budget, docs/decisions/112),
// what «Посчитать долг на сегодня» loads on click, the case store's shared files, and the home page's case card.
import { kb, scriptsDuring, sum } from './scripts-fetched.mjs';
import { budgetKb, isCaseStoreFile } from '../../tests/e2e/support/budget.ts';
import { savedCase, savedStore } from '../../tests/e2e/support/saved-case.ts';

const BUDGET_KB = budgetKb('delo');
/** A saved case: a claim calculation and the претензия sent (the store's version 3 shape). */
export const SEED = savedStore(
  { bench: savedCase('ООО «Ромашка»', 1, 'debt=150000&due=2026-09-01', { claimSent: '2026-10-20' }) },
  'bench',
);

export async function run({ browser, baseURL }) {
  const context = await browser.newContext();
  await context.addInitScript((seed) => {
    if (!localStorage.getItem('knp:checklist')) localStorage.setItem('knp:checklist', seed);
  }, SEED);
  const page = await context.newPage();
  const first = await scriptsDuring(page, async () => {
    await page.goto(`${baseURL}/delo/`, { waitUntil: 'networkidle' });
    await page.locator('.delo[data-ready]').waitFor();
  });
  const owed = await scriptsDuring(page, async () => {
    await page.click('[data-action="owed"]');
    await page.locator('[data-owed]').waitFor();
    await page.waitForLoadState('networkidle');
  });
  await context.close();
  // A new visit (nothing cached) to the home page, with the same case saved.
  const homeContext = await browser.newContext();
  await homeContext.addInitScript((seed) => localStorage.setItem('knp:checklist', seed), SEED);
  const homePage = await homeContext.newPage();
  const home = await scriptsDuring(homePage, async () => {
    await homePage.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await homePage.locator('[data-case-card]').waitFor();
    await homePage.waitForLoadState('networkidle');
  });
  await homeContext.close();

  console.log('\n«Моё дело» page JavaScript (gzip level 6), with one case saved:\n');
  console.table(first.map((f) => ({ file: f.url, 'raw KB': kb(f.raw), 'gz KB': kb(f.gz) })));
  // The case store's files load on top of the budget (decision 113).
  const own = first.filter((f) => !isCaseStoreFile(f.url));
  const store = first.filter((f) => isCaseStoreFile(f.url));
  console.log(
    `first load: ${kb(sum(own, 'gz'))} KB gzip in ${own.length} files besides the case store — budget ${BUDGET_KB} KB: ${kb(sum(own, 'gz')) <= BUDGET_KB ? 'within' : 'OVER'}`,
  );
  console.log(
    `the case store's files, which every tool loads on top of its budget: ${kb(sum(store, 'gz'))} KB gzip (${store.map((f) => `${f.url} ${kb(f.gz)}`).join(', ')})`,
  );
  console.log(`loaded on «Посчитать долг на сегодня»: ${kb(sum(owed, 'gz'))} KB gzip in ${owed.length} files`);
  console.log(`home page with the case card: ${kb(sum(home, 'gz'))} KB gzip in ${home.length} files`);
}
