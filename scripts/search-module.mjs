// @ts-check
// Astro integration: bundles the search module (src/islands/search/search-ui.ts) with Vite as a
// content-hashed file in dist/_astro/ and gives its URL to the pages through a virtual module
// (`virtual:search-module-url`), which the header's search link reads. Pages never load the module
// themselves: the inline bootstrap imports it on first use.
//
// The module is bundled while Astro starts its own build (it depends on no page), so its URL is known
// before the first page renders and no built page has to be read and rewritten (docs/decisions/102).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported up front: a dynamic import() in a build hook fails once Astro has closed the config's module runner.
import { build } from 'vite';

const VIRTUAL_ID = 'virtual:search-module-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** @typedef {{ url: string, files: { fileName: string, code: string }[] }} SearchBundle */

/**
 * Bundle the search module in memory.
 * @param {string} entry @param {string} base @returns {Promise<SearchBundle>}
 */
async function bundle(entry, base) {
  const result = await build({
    configFile: false,
    base,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
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
  const files = outputs.flatMap((o) => (o.type === 'chunk' ? [{ fileName: o.fileName, code: o.code }] : []));
  const entryChunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!entryChunk) throw new Error('search-module: the search module was not built.');
  return { url: `${base}${entryChunk.fileName}`, files };
}

/**
 * @param {{ entry: string, devUrl: string }} options  `devUrl`: what the dev server serves instead (the source).
 * @returns {import('astro').AstroIntegration}
 */
export function searchModule({ entry, devUrl }) {
  /** The deploy base ("/" or "/kp/"): the module's own URL and the URLs it builds (routes.ts) carry it. */
  let base = '/';
  /** @type {Promise<SearchBundle> | undefined} */
  let bundled;
  return {
    name: 'search-module',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-module-url',
                resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: async (id) => {
                  if (id !== RESOLVED_ID) return undefined;
                  if (command !== 'build') return `export default ${JSON.stringify(devUrl)};`;
                  // A build page must never point at the source file: no bundle here is a bug, not a fallback.
                  if (!bundled) throw new Error('search-module: pages were bundled before the search module started.');
                  return `export default ${JSON.stringify((await bundled).url)};`;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = `${config.base.replace(/\/+$/, '')}/`;
      },
      'astro:build:start': () => {
        bundled = bundle(entry, base);
        // Awaited where it is used; this keeps a failure from going unhandled before then.
        bundled.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!bundled) throw new Error('search-module: the build did not start the search module.');
        const { url, files } = await bundled;
        const outDir = fileURLToPath(dir);
        for (const { fileName, code } of files) {
          const path = join(outDir, fileName);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, code);
        }
        const size = files.reduce((sum, f) => sum + Buffer.byteLength(f.code), 0);
        logger.info(`search module ${url} (${size} bytes)`);
      },
    },
  };
}
