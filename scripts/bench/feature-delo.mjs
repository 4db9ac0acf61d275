// «Моё дело» (/delo/): the JavaScript at first load with a case saved (against its budget, docs/decisions/112),
// what «Посчитать долг на сегодня» loads on click, the case store's shared files, and the home page's case card.
import { gzipSync } from 'node:zlib';
import { budgetKb } from '../../tests/e2e/support/budget.ts';
import { savedCase, savedStore } from '../../tests/e2e/support/saved-case.ts';

const BUDGET_KB = budgetKb('delo');
const kb = (n) => Math.round((n / 1024) * 10) / 10;

/** A saved case: a claim calculation and the претензия sent (the store's version 3 shape). */
export const SEED = savedStore(
  { bench: savedCase('ООО «Ромашка»', 1, 'debt=150000&due=2026-09-01', { claimSent: '2026-10-20' }) },
  'bench',
);

/** The script files fetched while `action` runs, with their sizes. */
async function fetched(page, action) {
  const bodies = [];
  const onResponse = (res) => {
    if (res.request().resourceType() !== 'script') return;
    const url = new URL(res.url()).pathname;
    bodies.push(
      res.body().then(
        (b) => ({ url, raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  return (await Promise.all(bodies)).filter(Boolean);
}

const total = (files) => files.reduce((s, f) => s + f.gz, 0);

export async function run({ browser, baseURL }) {
  const context = await browser.newContext();
  await context.addInitScript((seed) => {
    if (!localStorage.getItem('knp:checklist')) localStorage.setItem('knp:checklist', seed);
  }, SEED);
  const page = await context.newPage();
  const first = await fetched(page, async () => {
    await page.goto(`${baseURL}/delo/`, { waitUntil: 'networkidle' });
    await page.locator('.delo[data-ready]').waitFor();
  });
  const owed = await fetched(page, async () => {
    await page.click('[data-action="owed"]');
    await page.locator('[data-owed]').waitFor();
    await page.waitForLoadState('networkidle');
  });
  await context.close();
  // A new visit (nothing cached) to the home page, with the same case saved.
  const homeContext = await browser.newContext();
  await homeContext.addInitScript((seed) => localStorage.setItem('knp:checklist', seed), SEED);
  const homePage = await homeContext.newPage();
  const home = await fetched(homePage, async () => {
    await homePage.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await homePage.locator('[data-case-card]').waitFor();
    await homePage.waitForLoadState('networkidle');
  });
  await homeContext.close();

  console.log('\n«Моё дело» page JavaScript (gzip level 6), with one case saved:\n');
  console.table(first.map((f) => ({ file: f.url, 'raw KB': kb(f.raw), 'gz KB': kb(f.gz) })));
  console.log(
    `first load: ${kb(total(first))} KB gzip in ${first.length} files — budget ${BUDGET_KB} KB: ${kb(total(first)) <= BUDGET_KB ? 'within' : 'OVER'}`,
  );
  const store = first.filter((f) => /\/case-store\.[\w-]+\.js$/.test(f.url));
  console.log(
    `the case store's chunk, which every tool loads on top of its budget: ${kb(total(store))} KB gzip (${store.map((f) => `${f.url} ${kb(f.gz)}`).join(', ')})`,
  );
  console.log(`loaded on «Посчитать долг на сегодня»: ${kb(total(owed))} KB gzip in ${owed.length} files`);
  console.log(`home page with the case card: ${kb(total(home))} KB gzip in ${home.length} files`);
}
