// @ts-check
// Astro integration: bundles the search module (src/islands/search/search-ui.ts) with Vite after the site
// is built, as a content-hashed file in dist/_astro/, and writes its URL into the built pages in place of
// the placeholder the header's search link carries. Pages never load it themselves: the inline bootstrap
// imports it on first use.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported up front: a dynamic import() in the build:done hook fails once Astro has closed the config's module runner.
import { build } from 'vite';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * @param {{ entry: string, placeholder: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function searchModule({ entry, placeholder }) {
  /** The deploy base ("/" or "/kp/"): the module's own URL and the URLs it builds (routes.ts) carry it. */
  let base = '/';
  return {
    name: 'search-module',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const result = await build({
          configFile: false,
          base,
          publicDir: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            target: 'es2022',
            modulePreload: false,
            rollupOptions: {
              input: { search: entry },
              preserveEntrySignatures: 'exports-only',
              output: {
                format: 'es',
                entryFileNames: '_astro/search.[hash].js',
                chunkFileNames: '_astro/search-[name].[hash].js',
              },
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
        if (!chunk || chunk.type !== 'chunk') throw new Error('search-module: the search module was not built.');
        const url = `${base}${chunk.fileName}`;
        let pages = 0;
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes(placeholder)) continue;
          writeFileSync(file, html.split(placeholder).join(url));
          pages++;
        }
        logger.info(`search module ${url} (${chunk.code.length} bytes) linked from ${pages} pages`);
      },
    },
  };
}
