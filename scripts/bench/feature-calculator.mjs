// The calculator's own figures: JavaScript at first load against its budget (docs/decisions/112), the export code
// that loads on click, and how long the island takes to show a schedule.
import { gzipSync } from 'node:zlib';
import { budgetKb } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('calculator');

/** Sum script responses (raw and gzip) while `action` runs. */
async function scriptsDuring(page, action) {
  const seen = [];
  const onResponse = (res) => {
    if (res.request().resourceType() === 'script')
      seen.push(
        res.body().then(
          (b) => ({ url: res.url(), raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
          () => null,
        ),
      );
  };
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  return (await Promise.all(seen)).filter(Boolean);
}

const kb = (n) => Math.round((n / 1024) * 10) / 10;

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
  const sum = (list, k) => list.reduce((s, x) => s + x[k], 0);
  const firstGz = kb(sum(first, 'gz'));
  console.log('\nCalculator (/calculator/):\n');
  console.table([
    {
      what: 'JS at first load',
      files: first.length,
      'raw KB': kb(sum(first, 'raw')),
      'gzip KB': firstGz,
      budget: `${BUDGET_KB} KB gz`,
      within: firstGz <= BUDGET_KB ? 'yes' : 'NO',
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
