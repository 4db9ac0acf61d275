// The per-page-type first-load table.
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The guide page with the largest HTML in dist/: the worst case for the first-visit budget. */
function largestGuidePage() {
  const dir = join('dist', 'guide');
  const pages = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ slug: d.name, size: statSync(join(dir, d.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size);
  return pages[0] ? `/guide/${pages[0].slug}/` : '/guide/';
}

/** One representative URL per page type. */
export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'guide page', path: '/guide/pervye-shagi/' },
  { type: 'guide page (largest)', path: largestGuidePage() },
  { type: 'guide index', path: '/guide/' },
  { type: 'decision tree (question)', path: '/plan/q/reason/' },
  { type: 'calculator', path: '/calculator/' },
  { type: 'checklist', path: '/checklist/' },
  { type: 'claim calculator', path: '/claim/' },
  { type: 'documents', path: '/documents/' },
  { type: 'search page', path: '/search/' },
];

const kindOf = (res) => {
  const type = res.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
};

/** Load each page in a fresh context and sum its responses by kind. */
export async function measurePages({ browser, baseURL }, pages) {
  const rows = [];
  for (const { type, path } of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
    const pending = [];
    let requests = 0;
    page.on('response', (res) => {
      requests++;
      pending.push(
        res.body().then(
          (body) => {
            const k = kindOf(res);
            sizes[k][0] += body.length;
            sizes[k][1] += gzipSync(body, { level: 6 }).length;
          },
          () => undefined,
        ),
      );
    });
    const res = await page.goto(baseURL + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const kb = (n) => Math.round((n / 1024) * 10) / 10;
    rows.push({
      type,
      path,
      status: res?.status(),
      requests,
      'html KB': `${kb(sizes.html[0])} / ${kb(sizes.html[1])} gz`,
      'css KB': `${kb(sizes.css[0])} / ${kb(sizes.css[1])} gz`,
      'js KB': `${kb(sizes.js[0])} / ${kb(sizes.js[1])} gz`,
      'total gz KB': kb(sizes.html[1] + sizes.css[1] + sizes.js[1] + sizes.other[1]),
    });
    await context.close();
  }
  return rows;
}
