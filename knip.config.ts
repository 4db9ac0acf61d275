// knip: unused files, exports and dependencies (`npm run lint:knip`). Its Astro, Vitest, Playwright, ESLint and
// Prettier plugins find their own entry points (pages, middleware, content.config.ts, astro.config.mjs, the test
// and config files); the entries below are the ones no plugin can see, each loaded by a path in a string.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Guide pages, read by the content collection's glob loader (src/content.config.ts); their imports are the
    // MDX components.
    'content/**/*.mdx',
    // Feature benches, imported by scripts/bench.mjs from a directory listing.
    'scripts/bench/feature-*.mjs',
    // The search module, bundled by the scripts/search-module.mjs integration from the path astro.config.mjs gives.
    'src/islands/search/search-ui.ts',
    // The service worker's own script, copied next to sw.js by scripts/service-worker.mjs; the icons' generator,
    // run by hand (docs/decisions/120).
    'scripts/sw-warm.js',
    'scripts/icons.mjs',
    // html-validate's configuration (`npm run lint:html`), found by the tool itself; knip has no plugin for it.
    '.htmlvalidate.mjs',
  ],
  // Not seen: what scripts/bench/search-lib.mjs and feature-claim.mjs bundle with esbuild from a string of imports.
  // Every export those benches use is also used by a unit test; one that only a bench used would be reported here.
};

export default config;
