// The calculator's own figures: JavaScript at first load against its budget (docs/decisions/112), the export code
// that loads on click, and how long the island takes to show a schedule.
import { kb, scriptsDuring, sum } from './scripts-fetched.mjs';
import { budgetKb, isCaseStoreFile } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('calculator');

/** Print the calculator's bench table. */
export async function run({ browser, baseURL }) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  let shownMs = 0;
  const first = await scriptsDuring(page, async () => {
    const t0 = Date.now();
    await page.goto(`${baseURL}/calculator/?mode=installments&amount=150000&n=12&rate=12`, { waitUntil: 'commit' });
    await page.locator('.calc-table tbody tr').first().waitFor();
    shownMs = Date.now() - t0;
    await page.waitForLoadState('networkidle');
  });
  const lazy = await scriptsDuring(page, async () => {
    for (const kind of ['csv', 'ics']) {
      await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    }
    await page.locator('[data-export="text"]').click();
    await page.locator('#calc-agreement-area').waitFor();
  });
  await context.close();
  // The case store's files load on top of the budget (decision 113): the link's calculation makes the first case.
  const own = first.filter((f) => !isCaseStoreFile(f.url));
  const store = first.filter((f) => isCaseStoreFile(f.url));
  const firstGz = kb(sum(own, 'gz'));
  console.log('\nCalculator (/calculator/):\n');
  console.table([
    {
      what: 'JS at first load, besides the case store',
      files: own.length,
      'raw KB': kb(sum(own, 'raw')),
      'gzip KB': firstGz,
      budget: `${BUDGET_KB} KB gz`,
      within: firstGz <= BUDGET_KB ? 'yes' : 'NO',
    },
    {
      what: '+ the case store, on top of the budget',
      files: store.length,
      'raw KB': kb(sum(store, 'raw')),
      'gzip KB': kb(sum(store, 'gz')),
      budget: '',
      within: '',
    },
    {
      what: 'export code, loaded on click',
      files: lazy.length,
      'raw KB': kb(sum(lazy, 'raw')),
      'gzip KB': kb(sum(lazy, 'gz')),
      budget: '',
      within: '',
    },
  ]);
  console.log(`Schedule on screen ${shownMs} ms after navigation (local preview server).`);
}
