// The checklist page's JavaScript: what loads at first visit (against its budget, docs/decisions/112) and what
// loads only when the user imports a backup (the strict zod/mini check), measured in Chromium on the built site.
import { gzipSync } from 'node:zlib';
import { budgetKb } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('checklist');

/** Sum the gzip size of script responses while `action` runs. */
async function scripts(page, action) {
  const files = [];
  const pending = [];
  const onResponse = (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res
        .body()
        .then((b) =>
          files.push({ url: new URL(res.url()).pathname, raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        ),
    );
  };
  page.on('response', onResponse);
  await action();
  await Promise.all(pending);
  page.off('response', onResponse);
  return files;
}

const kb = (n) => Math.round((n / 1024) * 10) / 10;

export async function run({ browser, baseURL }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = await scripts(page, async () => {
    await page.goto(`${baseURL}/checklist/`, { waitUntil: 'networkidle' });
    await page.locator('.cl[data-ready]').waitFor();
  });
  const started = Date.now();
  const onImport = await scripts(page, async () => {
    await page.setInputFiles('[data-action="import-json"]', {
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await page.locator('[data-import]').waitFor();
  });
  const importMs = Date.now() - started;
  await context.close();

  const total = first.reduce((s, f) => s + f.gz, 0);
  console.log('\nChecklist page JavaScript (gzip level 6):\n');
  console.table(first.map((f) => ({ file: f.url, 'raw KB': kb(f.raw), 'gz KB': kb(f.gz) })));
  console.log(
    `first load: ${kb(total)} KB gzip in ${first.length} files — budget ${BUDGET_KB} KB: ${kb(total) <= BUDGET_KB ? 'within' : 'OVER'}`,
  );
  console.log(
    `loaded on first backup import: ${kb(onImport.reduce((s, f) => s + f.gz, 0))} KB gzip (${onImport.map((f) => f.url).join(', ') || 'nothing'}), import answered in ${importMs} ms`,
  );
}
