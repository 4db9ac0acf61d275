// The claim calculator (/claim/): JavaScript at first load against its budget (docs/decisions/112), the export code
// that loads on click, and the calculation's speed on 10 years of daily periods with 100 payments (< 50 ms).
import { build } from 'esbuild';
import { kb, scriptsDuring, sum } from './scripts-fetched.mjs';
import { loadavg } from 'node:os';
import { budgetKb, isCaseStoreFile } from '../../tests/e2e/support/budget.ts';

const BUDGET_KB = budgetKb('claim');
const BUDGET_MS = 50;

/** The claim library bundled for plain Node. */
async function loadClaimLib() {
  const out = await build({
    stdin: {
      contents: "export * from './src/lib/claim/calculate.ts'; export * from './src/lib/date/day.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** 10 years with the key rate changing every day (so every day is a period) and 100 payments. */
function worstCase(lib) {
  const start = lib.dayFromIso('2016-01-01');
  const end = lib.dayFromIso('2025-12-31');
  const table = [];
  for (let d = start; d <= end; d++) table.push({ from: lib.isoFromDay(d), bp: 700 + (d % 1500), confirmed: true });
  const payments = Array.from({ length: 100 }, (_, i) => ({
    date: lib.isoFromDay(start + 10 + i * 36),
    amount: 1_000_000 + i,
  }));
  const input = {
    invoices: [
      { amount: 500_000_000_00, due: lib.isoFromDay(start) },
      { amount: 1_000_000_00, due: lib.isoFromDay(start + 400) },
    ],
    to: lib.isoFromDay(end),
    payments,
    kind: '395',
    penaltyPerDay: 0,
    capBp: null,
    moratorium: 'auto',
    debtor: 'company',
    claimSent: null,
    userRates: [],
  };
  return { input, table };
}

/** Print the claim calculator's bench table. */
export async function run({ browser, baseURL }) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // First load of the page as the menu opens it: the form; the result's code comes once there is a result.
  const empty = await scriptsDuring(page, async () => {
    await page.goto(`${baseURL}/claim/`, { waitUntil: 'commit' });
    await page.locator('.claim[data-ready]').waitFor();
    await page.waitForLoadState('networkidle');
  });
  // A link with a calculation (as a plan gives it): the form, then the result's code at once.
  let shownMs = 0;
  const first = await scriptsDuring(page, async () => {
    const t0 = Date.now();
    await page.goto(`${baseURL}/claim/?debt=300000&due=2025-03-10&to=2025-11-30&pay=2025-05-01:100000`, {
      waitUntil: 'commit',
    });
    await page.locator('.claim-result .claim-table tbody tr').first().waitFor();
    shownMs = Date.now() - t0;
    await page.waitForLoadState('networkidle');
  });
  const lazy = await scriptsDuring(page, async () => {
    for (const kind of ['csv', 'ics'])
      await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
    await page.locator('[data-export="text"]').click();
    await page.locator('#claim-text-area').waitFor();
  });
  await context.close();

  const lib = await loadClaimLib();
  const { input, table } = worstCase(lib);
  // Five warm-up runs (the page computes on every keystroke, so the code is warm), then 15 measured: wall
  // time, and CPU time, which a busy machine does not inflate.
  const wall = [];
  const cpu = [];
  let rows = 0;
  for (let i = 0; i < 20; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rows = lib.calculateClaim(input, table).rows.length;
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= 5) {
      wall.push(t);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const medianOf = (xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 10) / 10;
  const median = medianOf(wall);
  const medianCpu = medianOf(cpu);

  // The case store's files load on top of the budget (decision 113).
  const own = empty.filter((f) => !isCaseStoreFile(f.url));
  const emptyGz = kb(sum(own, 'gz'));
  console.log('\nClaim calculator (/claim/):\n');
  console.table([
    {
      what: 'JS at first load (/claim/), besides the case store',
      value: `${emptyGz} KB gz (${own.length} files, ${kb(sum(own, 'raw'))} KB raw)`,
      budget: `${BUDGET_KB} KB gz`,
      within: emptyGz <= BUDGET_KB ? 'yes' : 'NO',
    },
    {
      what: '+ result code, fetched once there is a result (a link with a calculation)',
      value: `${kb(sum(first, 'gz'))} KB gz (${first.length} files)`,
      budget: '',
      within: '',
    },
    {
      what: 'export code, loaded on click',
      value: `${kb(sum(lazy, 'gz'))} KB gz (${lazy.length} files)`,
      budget: '',
      within: '',
    },
    {
      what: `10 years of daily periods, 100 payments (${rows} rows), median of 15`,
      value: `${median} ms wall, ${medianCpu} ms CPU (load average ${loadavg()[0].toFixed(1)})`,
      budget: `${BUDGET_MS} ms`,
      // Judged on CPU time: on a shared machine the wall time grows with everything else running.
      within: medianCpu < BUDGET_MS ? 'yes' : 'NO',
    },
  ]);
  console.log(`Result on screen ${shownMs} ms after navigation (local preview server).`);
}
