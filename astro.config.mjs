// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { isNoindexPath } from './src/lib/site/indexing.ts';

/** The public origin; canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://klient-ne-platit.ru';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !isNoindexPath(new URL(page).pathname) })],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
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
