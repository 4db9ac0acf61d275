// Search bench: what opening search costs and how fast it answers, on today's site and on a generated site
// of 1,000 guide pages. Reference (Pagefind in a Starlight site, measured on this article): about 82 KB on
// opening the dialog, first results about 360 ms after the last keystroke; about 130 KB at 1,000 pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadSearchLib, gz, keystrokeLatency } from './search-lib.mjs';
import { budgetKb } from '../../tests/e2e/support/budget.ts';
import { typingRows } from './search-typing.mjs';

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const ms = (n) => Math.round(n * 100) / 100;

/** Bytes (raw, gzip) of the responses a page receives while `action` runs. */
async function bytesDuring(page, action) {
  const sizes = [];
  const onResponse = (res) =>
    sizes.push(
      res.body().then(
        (b) => [b.length, gzipSync(b, { level: 6 }).length, res.url()],
        () => [0, 0, res.url()],
      ),
    );
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  return { raw: all.reduce((a, [r]) => a + r, 0), gzip: all.reduce((a, [, g]) => a + g, 0), files: all.length };
}

export async function run({ browser, baseURL }) {
  const lib = await loadSearchLib();
  const strokes = lib.keystrokes(lib.BENCH_QUERIES);
  const rows = [];

  // Today, in the browser.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}/guide/pervye-shagi/`, { waitUntil: 'networkidle' });
  const open = await bytesDuring(page, async () => {
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
  });
  let coldMs = 0;
  const firstQuery = await bytesDuring(page, async () => {
    const t = performance.now();
    await page.getByRole('searchbox').fill('рассрочка');
    await page.locator('dialog a.search-result').first().waitFor();
    coldMs = performance.now() - t;
  });
  const moduleUrl = await page.locator('[data-search-open]').getAttribute('data-search-module');
  const browserTimes = await page.evaluate(
    async ({ url, strokes }) => {
      const m = await import(url);
      const s = await m.getSearcher();
      for (const q of strokes) await s.search(q);
      const times = [];
      for (const q of strokes) {
        const t = performance.now();
        await s.search(q);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      // Last keystroke → results on screen, in the dialog, for a query not typed before.
      const input = document.querySelector('dialog input');
      const list = document.querySelector('dialog .search-results');
      const t0 = performance.now();
      const shown = new Promise((resolve) =>
        new MutationObserver((_, o) => (o.disconnect(), resolve(performance.now() - t0))).observe(list, {
          childList: true,
        }),
      );
      input.value = 'претензия';
      input.dispatchEvent(new Event('input'));
      const toResults = await shown;
      return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], toResults };
    },
    { url: moduleUrl, strokes },
  );
  await context.close();
  rows.push({
    site: 'today (browser)',
    'open KB (raw / gz)': `${kb(open.raw)} / ${kb(open.gzip)}`,
    'first query KB gz': `${kb(firstQuery.gzip)} (${firstQuery.files} files)`,
    'keystroke median ms': ms(browserTimes.median),
    'keystroke p95 ms': ms(browserTimes.p95),
    'last key → results ms': `${ms(browserTimes.toResults)} (first query, cold: ${Math.round(coldMs)})`,
  });

  // Today and 1,000 pages, in Node, from the documents in dist/.
  const dataDir = join('dist', 'search', 'data');
  const stored = readdirSync(dataDir)
    .filter((f) => f.startsWith('d'))
    .sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10))
    .flatMap((f) => JSON.parse(gunzipSync(readFileSync(join(dataDir, f))).toString('utf8')));
  const todayDocs = stored.map(([kind, url, title, context, text], i) => ({
    id: String(i),
    kind,
    url,
    title,
    context,
    text,
  }));
  const moduleGz = gz(readFileSync(join('dist', moduleUrl.replace(/^\//, '')), 'utf8'));
  let thousand;
  for (const [label, docs] of [
    ['today (Node)', todayDocs],
    ['1,000 pages (Node)', lib.syntheticSite(lib.sentencePool(todayDocs), 1000)],
  ]) {
    const files = lib.buildIndex(docs);
    if (docs !== todayDocs) thousand = files;
    const searcher = new lib.Searcher(files.core, async (k, n) => lib.shardData(files, k, n));
    const loaded = new Set();
    const counting = new lib.Searcher(files.core, async (k, n) => (loaded.add(`${k}${n}`), lib.shardData(files, k, n)));
    await counting.search('рассрочка');
    const queryBytes = [...loaded].reduce((a, id) => a + gz(lib.shardData(files, id[0], +id.slice(1))), 0);
    const lat = await keystrokeLatency(searcher, strokes);
    rows.push({
      site: `${label}: ${docs.length} sections, ${files.core.terms.split(' ').length} terms`,
      'open KB (raw / gz)': `${kb(readFileSync(join('dist', moduleUrl.replace(/^\//, ''))).length + JSON.stringify(files.core).length)} / ${kb(moduleGz + gz(files.core))}`,
      'first query KB gz': `${kb(queryBytes)} (${loaded.size} files)`,
      'keystroke median ms': ms(lat.median),
      'keystroke p95 ms': ms(lat.p95),
      'last key → results ms': '',
    });
  }
  console.log('\nSearch: bytes on first open (module + core index), first query, per-keystroke latency');
  console.log(
    `Budgets: open ≤ ${budgetKb('search')} KB gz today and ≤ ${budgetKb('search-1000')} KB gz at 1,000 pages; keystroke < 5 ms today, < 16 ms at 1,000 pages.\n`,
  );
  console.table(rows);

  console.log(
    '\nSearch at 1,000 pages in the browser, cold (only the core loaded): a word typed key by key' +
      ' (90 ms a key) — last key → its results on screen (target ≤ 100 ms), and the index bytes fetched' +
      ' typing it against pasting it (target: typed ≤ pasted). Local server: no network latency.\n',
  );
  console.table(await typingRows(browser, baseURL, thousand, lib.shardFile));
}
