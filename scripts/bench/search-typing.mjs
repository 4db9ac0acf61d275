// A new word typed into the search dialog, cold, with a given index served in place of the site's own (the
// browser fetches the same file names; the bench answers them from memory): the time from the last key to
// that word's results on screen, and the index bytes fetched typing the word key by key against pasting it.
import { gzipSync } from 'node:zlib';

/** Words a reader types; each is measured in a fresh browser context (nothing but the core loaded). */
const TYPED_WORDS = ['рассрочка', 'претензия', 'госпошлина', 'исковая давность', 'акт сверки', 'неустойка'];
/** Pause between keys: a quick typist, fast enough that a 150 ms hold never fires mid-word. */
const KEY_DELAY_MS = 90;

/** The index's files by name, gzip-compressed as the build writes them. */
function indexFiles(files, shardFile) {
  const byName = new Map([['core.json.gz', gzipSync(JSON.stringify(files.core))]]);
  files.buckets.forEach((b, n) => byName.set(shardFile('b', n, files.core.hash), gzipSync(JSON.stringify(b))));
  files.docs.forEach((d, n) => byName.set(shardFile('d', n, files.core.hash), gzipSync(JSON.stringify(d))));
  return byName;
}

/** Open the search dialog on a guide page, waiting until its core index has loaded. */
export async function openSearch(page, baseURL) {
  await page.goto(`${baseURL}/guide/pervye-shagi/`, { waitUntil: 'networkidle' });
  const core = page.waitForResponse((r) => r.url().includes('/search/data/core'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').waitFor();
  await core;
  await page.waitForLoadState('networkidle');
}

/** Open the dialog on a guide page with `byName` served as the index; returns the page and a byte counter. */
async function openDialog(browser, baseURL, byName) {
  // The service worker would answer index files from its cache, out of the route's reach.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const served = { bytes: 0, files: 0 };
  await page.route('**/search/data/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const body = byName.get(name);
    if (!body) return route.fulfill({ status: 404 });
    if (name !== 'core.json.gz') {
      served.bytes += body.length;
      served.files++;
    }
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  await openSearch(page, baseURL);
  return { context, page, served };
}

/**
 * Start watching the dialog; `shown(page)` then resolves with the time (ms, page clock) at which it shows
 * its answer to `query`. Installed (awaited) before the key that completes the query.
 */
function watch(page, query) {
  return page.evaluate((q) => {
    const dialog = document.querySelector('dialog');
    // The link to the search page is updated with the results (or «nothing found») of the query.
    const done = () => new URL(dialog.querySelector('.search-dialog__all').href).searchParams.get('q') === q;
    window.__shown = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`no answer for «${q}» within 10 s`)), 10_000);
      new MutationObserver((_, o) => {
        if (done()) {
          o.disconnect();
          resolve(performance.now());
        }
      }).observe(dialog, { subtree: true, childList: true, attributes: true });
    });
  }, query);
}
const shown = (page) => page.evaluate(() => window.__shown);

/** Wait until no index load is held back any more (the hold is 150 ms) and the network is quiet. */
async function quiet(page) {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  await page.waitForLoadState('networkidle');
}

/** Type `word` key by key: ms from the last key to its results, and the index bytes fetched. */
async function typed(browser, baseURL, byName, word) {
  const { context, page, served } = await openDialog(browser, baseURL, byName);
  try {
    await page.evaluate(() => {
      window.__lastKey = 0;
      // Letters not on a US keyboard arrive as input events only (no keydown): time the input.
      document.addEventListener('input', (e) => (window.__lastKey = e.timeStamp), true);
    });
    await page.getByRole('searchbox').pressSequentially(word.slice(0, -1), { delay: KEY_DELAY_MS });
    await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), KEY_DELAY_MS);
    await watch(page, word);
    await page.keyboard.type(word.slice(-1));
    const at = await shown(page);
    const ms = at - (await page.evaluate(() => window.__lastKey));
    await quiet(page);
    return { ms, bytes: served.bytes, files: served.files };
  } finally {
    await context.close();
  }
}

/** Paste `word` at once: the index bytes fetched. */
async function pasted(browser, baseURL, byName, word) {
  const { context, page, served } = await openDialog(browser, baseURL, byName);
  try {
    await watch(page, word);
    await page.getByRole('searchbox').evaluate((input, w) => {
      input.value = w;
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, word);
    await shown(page);
    await quiet(page);
    return { bytes: served.bytes, files: served.files };
  } finally {
    await context.close();
  }
}

const kb = (n) => Math.round((n / 1024) * 10) / 10;

/** One row per word: last key → results (cold) and bytes typed vs pasted, with `files` (a built index) served. */
export async function typingRows(browser, baseURL, files, shardFile) {
  const byName = indexFiles(files, shardFile);
  const rows = [];
  for (const word of TYPED_WORDS) {
    const t = await typed(browser, baseURL, byName, word);
    const p = await pasted(browser, baseURL, byName, word);
    rows.push({
      word,
      'last key → results ms': Math.round(t.ms),
      'typed KB gz (files)': `${kb(t.bytes)} (${t.files})`,
      'pasted KB gz (files)': `${kb(p.bytes)} (${p.files})`,
      'typed ≤ pasted': t.bytes <= p.bytes ? 'yes' : 'NO',
    });
  }
  return rows;
}
