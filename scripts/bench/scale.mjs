// `npm run bench:scale`: the site at 1,000 more guide pages, next to Starlight with the same pages.
//
// 1. Copies the project twice into a temporary folder (never touching content/): "today" (the real guide
//    plus one generated page, the counterpart of the generated page measured below) and "scaled" (the real
//    guide plus N generated pages, scripts/bench/scale-pages.mjs).
// 2. Installs Starlight 0.42 + Astro 7 from npm into a temporary folder (kept between runs) and writes the
//    same N pages there as Starlight docs.
// 3. Builds "scaled" and Starlight interleaved (A, B, A, B…) on the same Node, timing each build and
//    sampling the peak memory of its whole process tree.
// 4. Serves both builds of this site and measures per page: bytes (raw, gzip) of HTML, CSS and JS; the
//    search index files fetched while typing a query into the search dialog; Lighthouse (mobile).
// 5. Runs Pagefind on the scaled build to compare the size of the index on disk.
//
// Options: --pages N (1000), --runs N (2 builds each), --ext md|mdx (mdx, the pages' file type in both
// sites), --no-starlight, --no-lighthouse, --keep (leave the temporary folder). Ports: BENCH_PORT (scaled),
// BENCH_PORT2 (today; BENCH_PORT - 37 by default).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { realPool, generatePages, writeGuidePages, writeStarlightPages, SECTIONS } from './scale-pages.mjs';
import { copyProject, timed, serveStatic, diskUsage } from './scale-run.mjs';
import { measurePages } from './pages.mjs';
import { precacheSize } from '../service-worker.mjs';
import { openSearch } from './search-typing.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const PAGES = Number(opt('pages', 1000));
const RUNS = Number(opt('runs', 2));
const EXT = opt('ext', 'mdx');
const STARLIGHT = !args.includes('--no-starlight');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const PORT = Number(process.env.BENCH_PORT ?? 4331);
const PORT2 = Number(process.env.BENCH_PORT2 ?? PORT - 37);
const ROOT = resolve(import.meta.dirname, '..', '..');
const NODE = process.execPath;
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromePath = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((p) => existsSync(p));

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const mib = (n) => Math.round(n / 1024 / 1024);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const log = (s) => console.log(`[bench:scale] ${s}`);

const tmp = mkdtempSync(join(tmpdir(), 'kn-bench-scale-'));
const results = { pages: PAGES, ext: EXT, builds: [], weights: {}, search: {}, lighthouse: {}, index: {} };
log(`temporary folder ${tmp}`);

// 1. The generated pages and the two copies of the project.
const pool = realPool(join(ROOT, 'content', 'guide'));
const pages = generatePages(pool, PAGES);
const sample = pages[Math.floor(PAGES / 2)];
const today = join(tmp, 'today');
const scaled = join(tmp, 'scaled');
copyProject(ROOT, today);
copyProject(ROOT, scaled);
writeGuidePages([sample], join(today, 'content', 'guide'), EXT);
writeGuidePages(pages, join(scaled, 'content', 'guide'), EXT);
log(`${PAGES} pages generated (${pool.sentences.length} real sentences, ${pool.headings.length} headings)`);

// 2. Starlight with the same pages.
const starlight = join(tmpdir(), 'kn-bench-starlight');
if (STARLIGHT) {
  if (!existsSync(join(starlight, 'node_modules', '@astrojs', 'starlight'))) {
    log('installing @astrojs/starlight@0.42 and astro@7 from npm…');
    mkdirSync(starlight, { recursive: true });
    writeFileSync(join(starlight, 'package.json'), '{ "name": "starlight-peer", "private": true, "type": "module" }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '@astrojs/starlight@0.42', 'astro@7'], {
      cwd: starlight,
      stdio: 'ignore',
    });
  }
  rmSync(join(starlight, 'src'), { recursive: true, force: true });
  rmSync(join(starlight, 'dist'), { recursive: true, force: true });
  rmSync(join(starlight, '.astro'), { recursive: true, force: true });
  mkdirSync(join(starlight, 'src', 'content', 'docs'), { recursive: true });
  const sidebar = Object.entries(SECTIONS).map(([key, label]) => ({
    label,
    items: [{ autogenerate: { directory: `guide/${key}` } }],
  }));
  writeFileSync(
    join(starlight, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'https://klient-ne-platit.ru',
  integrations: [starlight({
    title: 'Клиент не платит',
    locales: { root: { label: 'Русский', lang: 'ru' } },
    sidebar: ${JSON.stringify(sidebar)},
  })],
});
`,
  );
  writeFileSync(
    join(starlight, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    join(starlight, 'src', 'content', 'docs', 'index.mdx'),
    '---\ntitle: Клиент не платит\ndescription: Гайд для бизнеса, которому не платит клиент.\n---\n\nГайд по разделам слева.\n',
  );
  writeStarlightPages(pages, join(starlight, 'src', 'content', 'docs'), EXT);
}

// 3. Builds, interleaved. A build starts from a clean state (no dist/, no .astro/ cache), as in CI.
const astroBuild = (dir) => {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  return timed(NODE, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir);
};
log('building today…');
const t0 = await astroBuild(today);
results.builds.push({ site: 'this site, today', seconds: t0.seconds, cpu: t0.cpu, peak: t0.peak });
for (let run = 0; run < RUNS; run++) {
  log(`building ${PAGES} pages, this site (run ${run + 1}/${RUNS})…`);
  const a = await astroBuild(scaled);
  results.builds.push({ site: `this site, ${PAGES} pages`, seconds: a.seconds, cpu: a.cpu, peak: a.peak, out: a.out });
  if (STARLIGHT) {
    log(`building ${PAGES} pages, Starlight (run ${run + 1}/${RUNS})…`);
    const b = await astroBuild(starlight);
    results.builds.push({ site: `Starlight, ${PAGES} pages`, seconds: b.seconds, cpu: b.cpu, peak: b.peak });
  }
}
const buildRows = results.builds.map((b) => ({
  site: b.site,
  s: Math.round(b.seconds * 10) / 10,
  'CPU s': Math.round(b.cpu * 10) / 10,
  'peak MiB': mib(b.peak),
}));
const ours = results.builds.filter((b) => b.site.startsWith('this site,') && !b.site.endsWith('today'));
const theirs = results.builds.filter((b) => b.site.startsWith('Starlight'));
const ratios = ours.map((b, i) =>
  theirs[i]
    ? { time: b.seconds / theirs[i].seconds, cpu: b.cpu / theirs[i].cpu, memory: b.peak / theirs[i].peak }
    : null,
);

// 4. Pages, search and Lighthouse on both builds of this site.
const servers = [await serveStatic(join(today, 'dist'), PORT2), await serveStatic(join(scaled, 'dist'), PORT)];
const sites = { today: `http://127.0.0.1:${PORT2}`, scaled: `http://127.0.0.1:${PORT}` };
const firstSection = readdirSync(join(scaled, 'dist', 'guide')).includes('razdel')
  ? [{ type: 'guide section', path: '/guide/razdel/chto-delat/' }]
  : [];
const PAGE_LIST = [
  { type: 'home', path: '/' },
  { type: 'guide index', path: '/guide/' },
  ...firstSection,
  { type: 'real guide page', path: '/guide/pervye-shagi/' },
  { type: 'generated guide page', path: `/guide/${sample.slug}/` },
  { type: 'search page', path: '/search/' },
];
const QUERIES = ['рассрочка', 'претензия', 'госпошлина', 'исковая давность', 'акт сверки', 'hfcchjxrf'];

/** Index files fetched from /search/data/ while `query` is typed, key by key, into the open dialog. */
async function searchFetches(browser, baseURL, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSearch(page, baseURL);
  const fetched = [];
  page.on('response', (res) => {
    if (res.url().includes('/search/data/'))
      fetched.push(
        res.body().then(
          (b) => gzipSync(b, { level: 6 }).length,
          () => 0,
        ),
      );
  });
  await page.getByRole('searchbox').pressSequentially(query, { delay: 90 });
  await page.locator('dialog a.search-result').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(400);
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(fetched);
  await context.close();
  return { files: sizes.length, gz: sizes.reduce((a, b) => a + b, 0) };
}

const browser = await chromium.launch({
  ...(chromePath ? { executablePath: chromePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [name, baseURL] of Object.entries(sites)) {
    log(`measuring pages (${name})…`);
    const list = PAGE_LIST.filter(
      (p) => name === 'scaled' || p.type !== 'guide section' || existsSync(join(today, 'dist', p.path)),
    );
    results.weights[name] = await measurePages({ browser, baseURL }, list);
    log(`typing queries into search (${name})…`);
    results.search[name] = {};
    for (const q of QUERIES) results.search[name][q] = await searchFetches(browser, baseURL, q);
  }
} finally {
  await browser.close();
}

if (LIGHTHOUSE) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const [name, baseURL] of Object.entries(sites)) {
      log(`Lighthouse (${name})…`);
      results.lighthouse[name] = [];
      for (const { path } of PAGE_LIST) {
        if (name === 'today' && path.includes('/razdel/') && !existsSync(join(today, 'dist', path))) continue;
        const r = await lighthouse(baseURL + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          formFactor: 'mobile',
        });
        const c = r?.lhr.categories ?? {};
        const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
        results.lighthouse[name].push({
          path,
          perf: score('performance'),
          a11y: score('accessibility'),
          bp: score('best-practices'),
          seo: score('seo'),
          'TBT ms': Math.round(r?.lhr.audits['total-blocking-time']?.numericValue ?? -1),
        });
      }
    }
  } finally {
    chrome.kill();
  }
}
for (const s of servers) s.close();

// 5. The index on disk, next to Pagefind's for the same build.
results.precache = { today: await precacheSize(join(today, 'dist')), scaled: await precacheSize(join(scaled, 'dist')) };
results.index.ours = diskUsage(join(scaled, 'dist', 'search', 'data'));
results.index.oursToday = diskUsage(join(today, 'dist', 'search', 'data'));
const pagefindBin = join(starlight, 'node_modules', '.bin', 'pagefind');
if (existsSync(pagefindBin)) {
  const out = join(tmp, 'pagefind');
  execFileSync(pagefindBin, ['--site', join(scaled, 'dist'), '--output-path', out], { stdio: 'ignore' });
  const isIndex = (f) => /\.pf_|pagefind-entry|wasm/.test(f);
  const all = diskUsage(out);
  const indexOnly = readdirSync(out, { recursive: true })
    .map(String)
    .filter(isIndex)
    .reduce(
      (a, f) => {
        try {
          a.bytes += readFileSync(join(out, f)).length;
          a.files++;
        } catch {
          /* a directory */
        }
        return a;
      },
      { files: 0, bytes: 0 },
    );
  results.index.pagefind = { ...all, indexOnly };
}

// The figures first, so that a failing report loses nothing.
writeFileSync(
  join(tmp, 'results.json'),
  JSON.stringify(results, (k, v) => (k === 'out' ? undefined : v), 2),
);

// The report.
console.log(`\n== ${PAGES} generated guide pages (.${EXT}), same run, same Node (${process.version}) ==\n`);
console.log('Builds (clean: no dist/, no .astro cache; peak = resident memory of the whole process tree):');
console.table(buildRows);
if (ratios.some(Boolean)) {
  console.log(
    `this site / Starlight, per interleaved pair: time ${ratios.map((r) => r?.time.toFixed(2)).join(', ')}; ` +
      `CPU ${ratios.map((r) => r?.cpu.toFixed(2)).join(', ')}; ` +
      `peak memory ${ratios.map((r) => r?.memory.toFixed(2)).join(', ')}; ` +
      `medians (time / CPU / memory) ${(median(ours.map((b) => b.seconds)) / median(theirs.map((b) => b.seconds))).toFixed(2)} / ` +
      `${(median(ours.map((b) => b.cpu)) / median(theirs.map((b) => b.cpu))).toFixed(2)} / ` +
      `${(median(ours.map((b) => b.peak)) / median(theirs.map((b) => b.peak))).toFixed(2)}`,
  );
}
console.log(`\nPage weights at first load, today (real guide + 1 generated page) and with ${PAGES} pages:`);
const weightRows = results.weights.scaled.map((row) => {
  const before = results.weights.today.find((r) => r.path === row.path);
  return {
    page: `${row.type} ${row.path}`,
    'today gz KB': before?.['total gz KB'] ?? '–',
    'scaled html KB': row['html KB'],
    'scaled gz KB': row['total gz KB'],
    '× today': before ? Math.round((row['total gz KB'] / before['total gz KB']) * 100) / 100 : '–',
    requests: row.requests,
  };
});
console.table(weightRows);
console.log('\nSearch: index files fetched after the dialog opened, typing the query key by key (gz KB):');
console.table(
  QUERIES.map((q) => ({
    query: q,
    today: `${results.search.today[q].files} files, ${kb(results.search.today[q].gz)} KB`,
    [`${PAGES} pages`]: `${results.search.scaled[q].files} files, ${kb(results.search.scaled[q].gz)} KB`,
  })),
);
if (LIGHTHOUSE) {
  for (const [name, rows] of Object.entries(results.lighthouse)) {
    console.log(`\nLighthouse, mobile (${name}):`);
    console.table(rows);
  }
}
console.log('\nService worker precache (docs/decisions/120):');
console.table(
  Object.entries(results.precache).map(([name, p]) => ({
    build: name === 'today' ? 'this site, today' : `this site, ${PAGES} pages`,
    files: p.count,
    KB: kb(p.size),
    'gz KB': kb(p.gzip),
  })),
);
const { ours: idx, oursToday, pagefind } = results.index;
console.log('\nSearch index on disk:');
console.table([
  { index: 'this site, today', files: oursToday.files, KB: kb(oursToday.bytes) },
  { index: `this site, ${PAGES} pages`, files: idx.files, KB: kb(idx.bytes) },
  ...(pagefind
    ? [
        { index: `Pagefind on the same build (all files)`, files: pagefind.files, KB: kb(pagefind.bytes) },
        {
          index: `Pagefind, index files only (.pf_*, wasm)`,
          files: pagefind.indexOnly.files,
          KB: kb(pagefind.indexOnly.bytes),
        },
      ]
    : []),
]);
if (args.includes('--keep')) log(`kept ${tmp} (results.json there)`);
else rmSync(tmp, { recursive: true, force: true });
