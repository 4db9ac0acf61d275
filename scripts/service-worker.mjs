// @ts-check
// Astro integration: once the build is written (pages, scripts, the search module and index), Workbox's
// generateSW writes the service worker `sw.js` next to the pages (docs/decisions/120). It precaches the shell,
// every tool page and every script (src/lib/site/offline.ts says which), and caches guide pages and search index
// shards as they are used, stale-while-revalidate, capped. Both `npm run build` and `npm run build:base` write it,
// and so does any `astro build` (the scale bench's).
import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';
import { PAGES_CACHE, PRECACHE_GLOBS, SEARCH_CACHE, SERVICE_WORKER_FILE } from '../src/lib/site/offline.ts';

/** @typedef {import('../src/lib/site/offline.ts').RuntimeCache} RuntimeCache */

/** The worker's one script of its own (scripts/sw-warm.js), written next to it. */
const WARM_FILE = 'sw-warm.js';

/** Precache options shared by the worker and by the bench's size report. */
const precacheOptions = (/** @type {string} */ dir) => ({
  globDirectory: dir,
  globPatterns: [...PRECACHE_GLOBS],
  // The docx writer is the largest file (about 0.2 MB); anything past 1 MB is a mistake worth a failed build.
  maximumFileSizeToCacheInBytes: 1024 * 1024,
});

/** Every file in `dir`, as a path relative to it with "/" separators. */
function filesOf(/** @type {string} */ dir) {
  /** @type {{ path: string, size: number }[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split(sep).join('/'), size: st.size });
    }
  };
  walk(dir);
  return out;
}

/**
 * The build's check of a runtime cache's byte cap: its entry cap times the largest built file it may hold.
 * @param {string} dir @param {RuntimeCache} cache
 */
function runtimeCacheBound(dir, cache) {
  const largest = Math.max(
    0,
    ...filesOf(dir)
      .filter((f) => cache.files.test(f.path))
      .map((f) => f.size),
  );
  return { largest, bound: largest * cache.maxEntries, cap: cache.maxBytes };
}

/**
 * What the worker precaches for the build in `dir`: files, bytes as built, and bytes a server sends with gzip
 * (level 6; files already compressed or PNG counted as they are).
 * @param {string} dir
 */
export async function precacheSize(dir) {
  const { count, size, warnings, manifestEntries } = await getManifest(precacheOptions(dir));
  if (warnings.length) throw new Error(`service-worker: ${warnings.join('; ')}`);
  let gzip = 0;
  for (const { url } of manifestEntries) {
    const body = readFileSync(join(dir, url));
    gzip += /\.(gz|png)$/.test(url) ? body.length : gzipSync(body, { level: 6 }).length;
  }
  return { count, size, gzip };
}

/**
 * The runtime caching route of one cache, as generateSW takes it.
 * @param {RuntimeCache} cache @param {string} base @param {import('workbox-build').RuntimeCaching['urlPattern']} urlPattern
 * @returns {import('workbox-build').RuntimeCaching}
 */
const runtimeRoute = (cache, base, urlPattern) => ({
  urlPattern,
  handler: 'StaleWhileRevalidate',
  options: {
    cacheName: `${cache.name}:${base}`,
    expiration: { maxEntries: cache.maxEntries, purgeOnQuotaError: true },
    cacheableResponse: { statuses: [200] },
  },
});

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const cache of [PAGES_CACHE, SEARCH_CACHE]) {
          const { largest, bound, cap } = runtimeCacheBound(outDir, cache);
          if (bound > cap)
            throw new Error(
              `service-worker: cache "${cache.name}" may hold ${cache.maxEntries} × ${largest} bytes, over its cap of ${cap} (docs/decisions/120).`,
            );
        }
        // The worker's own addition: the page open when it first activates goes into the pages cache.
        copyFileSync(join(import.meta.dirname, WARM_FILE), join(outDir, WARM_FILE));
        const { count, size, warnings } = await generateSW({
          ...precacheOptions(outDir),
          swDest: join(outDir, SERVICE_WORKER_FILE),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // A new worker waits until the user asks for the new version (src/lib/site/sw-update.ts).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // "/claim/?debt=…" is the precached "/claim/index.html": the tools read their state from the query.
          ignoreURLParametersMatching: [/./],
          directoryIndex: 'index.html',
          importScripts: [WARM_FILE],
          runtimeCaching: [
            runtimeRoute(PAGES_CACHE, base, ({ request }) => request.mode === 'navigate'),
            runtimeRoute(SEARCH_CACHE, base, new RegExp(`/${SEARCH_CACHE.files.source.replace(/^\^/, '')}`)),
          ],
        });
        if (warnings.length) throw new Error(`service-worker: ${warnings.join('; ')}`);
        logger.info(`${base}${SERVICE_WORKER_FILE}: precaches ${count} files, ${Math.round(size / 1024)} KB`);
      },
    },
  };
}
