import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * Start counting the JavaScript a page downloads; the returned function gives the total in bytes, gzip level 6
 * (as a typical static server sends it). Call before `page.goto`, read after the page is idle.
 */
export function countScriptBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') sizes.push(res.body().then((b) => gzipSync(b, { level: 6 }).length));
  });
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}
