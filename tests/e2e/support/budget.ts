import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/**
 * Start counting the JavaScript a page downloads; the returned function stops counting and gives the total in
 * bytes, gzip level 6 (as a typical static server sends it). Call before `page.goto`, read after the page is idle.
 * Scripts fetched after the reading (code loaded on a later action) are not counted and not read, so no body
 * request outlives the test.
 */
export function countScriptBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  const onResponse = (res: Response) => {
    if (res.request().resourceType() === 'script') sizes.push(res.body().then((b) => gzipSync(b, { level: 6 }).length));
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  };
}
