// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { isNoindexPath } from './src/lib/site/indexing.ts';
import { BOOTSTRAP_SCRIPT, SEARCH_MODULE_PLACEHOLDER } from './src/lib/search/bootstrap.ts';
import { searchModule } from './scripts/search-module.mjs';

/** CSP hash of the search bootstrap, the one inline script every page carries. */
/** @type {`sha256-${string}`} */
const bootstrapHash = `sha256-${createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64')}`;

/** Modules every tool island uses, bundled into one shared chunk. */
const SHARED_CHUNK = /node_modules\/preact\/|src\/lib\/money\/kopecks\.ts/;

/** The public origin; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://klient-ne-platit.ru';

/** The folder the site is served from (`SITE_BASE=/klient/`); every internal URL comes from src/lib/site/routes.ts. */
const base = `/${(process.env.SITE_BASE ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A built page's path relative to the site's root ("/kp/plan/q/x/" → "/plan/q/x/"). */
const sitePath = (/** @type {string} */ url) => `/${new URL(url).pathname.slice(base.length)}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      rollupOptions: {
        // Code every island loads (Preact, money parsing) in one cached file: docs/decisions/004.
        output: { manualChunks: (id) => (SHARED_CHUNK.test(id) ? 'shared' : undefined) },
      },
    },
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !isNoindexPath(sitePath(page)) }),
    searchModule({ entry: 'src/islands/search/search-ui.ts', placeholder: SEARCH_MODULE_PLACEHOLDER }),
  ],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      scriptDirective: { hashes: [bootstrapHash] },
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
