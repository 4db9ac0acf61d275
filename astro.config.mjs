// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { isNoindexPath } from './src/lib/site/indexing.ts';
import { BOOTSTRAP_SCRIPT, SEARCH_MODULE_SOURCE } from './src/lib/search/bootstrap.ts';
import { searchModule } from './scripts/search-module.mjs';
import { serviceWorker } from './scripts/service-worker.mjs';
import { registrationScript } from './src/lib/site/offline.ts';
import { smallPreloadHelper } from './scripts/small-preload.mjs';
import { preactJsxWithoutBabel } from './scripts/preact-jsx.mjs';
import { tableRegionsPlugin, typographyPlugin } from './src/lib/content/hast-plugins.ts';
import { KEY_RATE_TABLE } from './src/lib/money/key-rate.ts';
import { staleKeyRateWarning } from './src/lib/money/key-rate-notes.ts';
import { localToday } from './src/lib/date/day.ts';

/** CSP hash of the search bootstrap, the one inline script every page carries. */
/** @type {`sha256-${string}`} */
const bootstrapHash = `sha256-${createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')}`;

/** Modules every tool island uses (Preact, money, dates), bundled into one shared chunk. */
const SHARED_CHUNK = /node_modules\/preact\/|src\/lib\/money\/kopecks\.ts|src\/lib\/date\/day\.ts/;

/**
 * The case store (src/lib/case/): its saved state, merge, clock and store. One shared file every tool may
 * load on top of its own budget (issue 22; docs/decisions/112): the checklist and «Моё дело» at once, the other tools
 * once a case is saved or the first calculation makes one.
 */
const CASE_CHUNK = /src\/lib\/case\/(stored-state|clock|merge|store)\.ts/;

/** The public origin; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://klient-ne-platit.ru';

/** The folder the site is served from (`SITE_BASE=/klient/`); every internal URL comes from src/lib/site/routes.ts. */
const base = `/${(process.env.SITE_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A built page's path relative to the site's root ("/kp/plan/q/x/" → "/plan/q/x/"). */
const sitePath = (/** @type {string} */ url) => `/${new URL(url).pathname.slice(base.length)}`;

/** CSP hash of the inline script that registers the service worker (docs/decisions/120). */
/** @type {`sha256-${string}`} */
const registrationHash = `sha256-${createHash('sha256').update(registrationScript(base)).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Vite's preload helper, loaded by every island page, replaced by a 0.2 KB one (scripts/small-preload.mjs).
    plugins: [smallPreloadHelper()],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The case store's key and names, in a file of their own: pages without an island (home, the tree's start)
              // check for a saved case with it, and it must not pull in Preact or the store.
              { name: 'case-key', test: /src\/lib\/case\/key\.ts/, priority: 4 },
              // The preload helper in its own tiny file: else it lands in whichever chunk first imports on demand.
              { name: 'preload-helper', test: /vite\/preload-helper/, priority: 3 },
              // Code every island loads (Preact, money, dates) in one cached file: docs/decisions/004.
              { name: 'shared', test: SHARED_CHUNK, priority: 2 },
              // The case store, shared by every tool and the checklist's on-demand code: one file, not several.
              { name: 'case-store', test: CASE_CHUNK, priority: 1 },
            ],
          },
        },
      },
    },
  },
  integrations: [
    mdx(),
    preact(),
    preactJsxWithoutBabel(),
    sitemap({ filter: (page) => !isNoindexPath(sitePath(page)) }),
    searchModule({ entry: 'src/islands/search/search-ui.ts', devUrl: SEARCH_MODULE_SOURCE }),
    // After the search module: the worker precaches what the build wrote (docs/decisions/120).
    serviceWorker(),
    {
      // A warning, never an error: the key-rate table's last confirmed rate is older than 120 days.
      name: 'key-rate-freshness',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const warning = staleKeyRateWarning(KEY_RATE_TABLE, localToday(new Date()));
          if (warning) logger.warn(warning);
        },
      },
    },
  ],
  markdown: {
    syntaxHighlight: false,
    // Build-time only: Russian typography on text nodes, named focusable scroll areas for tables (docs/decisions/060).
    processor: satteri({ hastPlugins: [typographyPlugin, tableRegionsPlugin] }),
  },
  security: {
    csp: {
      scriptDirective: { hashes: [bootstrapHash, registrationHash] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
