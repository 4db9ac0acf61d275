// The documents page's JavaScript: what loads at first visit (against its budget, docs/decisions/112) and what
// loads only when the user asks for a .docx (the Word writer and the declension), and how long the preview takes
// to show.
import { kb, scriptsDuring, sum } from './scripts-fetched.mjs';
import { budgetKb, isCaseStoreFile } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('documents');

/** Print the documents bench table. */
export async function run({ browser, baseURL }) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const first = await scriptsDuring(page, async () => {
    await page.goto(`${baseURL}/documents/`, { waitUntil: 'networkidle' });
    await page.locator('.doc-page[data-doc="claim"]').waitFor();
  });
  let shownMs = 0;
  const fromClaim = await scriptsDuring(page, async () => {
    const t0 = Date.now();
    await page.goto(`${baseURL}/documents/?doc=claim&debt=60000&due=2026-10-15&pay=2026-11-01:10000`, {
      waitUntil: 'commit',
    });
    await page.locator('.doc-page[data-doc="claim"]').waitFor();
    shownMs = Date.now() - t0;
    await page.waitForLoadState('networkidle');
  });
  let docxMs = 0;
  const lazy = await scriptsDuring(page, async () => {
    const t0 = Date.now();
    await Promise.all([page.waitForEvent('download'), page.locator('[data-action="docx"]').click()]);
    docxMs = Date.now() - t0;
  });
  await context.close();
  // The case store's files load on top of the budget (decision 113).
  const own = first.filter((f) => !isCaseStoreFile(f.url));
  const firstGz = kb(sum(own, 'gz'));
  console.log('\nDocuments (/documents/):\n');
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
      what: 'JS opening a claim calculator link (with its calculation)',
      files: fromClaim.length,
      'raw KB': kb(sum(fromClaim, 'raw')),
      'gzip KB': kb(sum(fromClaim, 'gz')),
      budget: '',
      within: '',
    },
    {
      what: '.docx writer and declension, loaded on click',
      files: lazy.length,
      'raw KB': kb(sum(lazy, 'raw')),
      'gzip KB': kb(sum(lazy, 'gz')),
      budget: '',
      within: '',
    },
  ]);
  console.log(`Preview shown ${shownMs} ms after navigation; .docx ready ${docxMs} ms after the click.`);
}
