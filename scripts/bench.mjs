// Measures what a visitor downloads: per page type, the bytes (raw and gzip) of HTML, CSS and JS and the
// number of requests at first load, in Chromium against the production build (`npm run build` first).
// Feature benches in scripts/bench/*.mjs (exporting `run(ctx)`) are run after the page table.
// BENCH_ONLY=<text> runs only the feature benches whose file name contains that text, without the page table
// (e.g. `BENCH_ONLY=responsiveness npm run bench`).
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measurePages, PAGE_TYPES } from './bench/pages.mjs';
import { withPreview } from './bench/server.mjs';
import { precacheSize } from './service-worker.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const only = process.env.BENCH_ONLY ?? '';

await withPreview(async (ctx) => {
  if (!only) await pageTable(ctx);
  const dir = join(import.meta.dirname, 'bench');
  for (const file of readdirSync(dir)
    .filter((f) => /^feature-.*\.mjs$/.test(f) && f.includes(only))
    .sort()) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    await mod.run(ctx);
  }
});

/** The first-load table per page type and the service worker's precache size. */
async function pageTable(ctx) {
  const rows = await measurePages(ctx, PAGE_TYPES);
  console.log('\nFirst load per page type (gzip = level 6, as a typical static server sends it):\n');
  console.table(rows);
  const precache = await precacheSize('dist');
  console.log(
    `\nService worker precache (docs/decisions/120): ${precache.count} files, ` +
      `${Math.round(precache.size / 1024)} KB as built, ${Math.round(precache.gzip / 1024)} KB gzip\n`,
  );
}
