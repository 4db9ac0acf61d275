// Lighthouse scores (mobile) for one page per page type, against the production build (`npm run build`
// first). Not part of `npm test`: it takes a minute and scores vary with machine load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.LH_PORT ?? 4332);
const PAGES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/guide/pervye-shagi/',
      '/guide/sud/',
      '/plan/',
      '/plan/q/reason/',
      '/plan/court-order-business/',
      '/calculator/',
      '/checklist/',
      '/claim/',
      '/documents/',
      '/delo/',
      '/search/',
    ];
const chromePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(base + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
    });
    const c = result?.lhr.categories ?? {};
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    // Below 100, say which metrics cost it, so a regression can be found without rerunning by hand.
    if (score('performance') < 100 && process.env.LH_DETAILS) {
      const a = result?.lhr.audits ?? {};
      for (const id of [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ])
        console.log(path, id, a[id]?.displayValue, a[id]?.score);
    }
    rows.push({
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    });
  }
} finally {
  chrome.kill();
  process.kill(-server.pid);
}
console.table(rows);
