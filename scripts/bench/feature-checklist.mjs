// The checklist page's JavaScript: what loads at first visit (against its budget, docs/decisions/112) and what
// loads only when the user imports a backup (the strict zod/mini check), measured in Chromium on the built site.
import { kb, scriptsDuring, sum } from './scripts-fetched.mjs';
import { budgetKb, isCaseStoreFile } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('checklist');

export async function run({ browser, baseURL }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = await scriptsDuring(page, async () => {
    await page.goto(`${baseURL}/checklist/`, { waitUntil: 'networkidle' });
    await page.locator('.cl[data-ready]').waitFor();
  });
  const started = Date.now();
  const onImport = await scriptsDuring(page, async () => {
    await page.setInputFiles('[data-action="import-json"]', {
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await page.locator('[data-import]').waitFor();
  });
  const importMs = Date.now() - started;
  await context.close();

  // The case store's files load on top of the budget (decision 113).
  const own = first.filter((f) => !isCaseStoreFile(f.url));
  const total = sum(own, 'gz');
  const store = sum(first, 'gz') - total;
  console.log('\nChecklist page JavaScript (gzip level 6):\n');
  console.table(first.map((f) => ({ file: f.url, 'raw KB': kb(f.raw), 'gz KB': kb(f.gz) })));
  console.log(
    `first load: ${kb(total)} KB gzip in ${own.length} files besides the case store's ${kb(store)} KB — budget ${BUDGET_KB} KB: ${kb(total) <= BUDGET_KB ? 'within' : 'OVER'}`,
  );
  console.log(
    `loaded on first backup import: ${kb(sum(onImport, 'gz'))} KB gzip (${onImport.map((f) => f.url).join(', ') || 'nothing'}), import answered in ${importMs} ms`,
  );
}
