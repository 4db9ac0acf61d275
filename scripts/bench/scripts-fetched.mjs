// The script files a page fetches while an action runs — each one's path and its raw and gzip bytes (level 6, as
// a typical static server sends it) — for the feature benches' JavaScript rows. Which of them belong to the case
// store, counted on top of a page's budget (decision 113), is the tests' rule: isCaseStoreFile in
// tests/e2e/support/budget.ts.
import { gzipSync } from 'node:zlib';

/** The scripts fetched while `action` runs, as `{ url, raw, gz }` with `url` the file's path. */
export async function scriptsDuring(page, action) {
  const seen = [];
  const onResponse = (res) => {
    if (res.request().resourceType() !== 'script') return;
    const url = new URL(res.url()).pathname;
    seen.push(
      res.body().then(
        (b) => ({ url, raw: b.length, gz: gzipSync(b, { level: 6 }).length }),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  return (await Promise.all(seen)).filter(Boolean);
}

/** Bytes as KB with one decimal. */
export const kb = (n) => Math.round((n / 1024) * 10) / 10;

/** The sum of one measure (`raw` or `gz`) over a list of fetched scripts. */
export const sum = (files, k) => files.reduce((s, f) => s + f[k], 0);
