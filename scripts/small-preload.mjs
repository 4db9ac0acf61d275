// @ts-check
// Vite plugin: a smaller stand-in for Vite's preload helper (`\0vite/preload-helper.js`), the module every
// island page loads because Astro's Preact client and the islands' on-demand code use dynamic `import()`.
// Vite's helper (0.9 KB gzip) also waits for CSS, reads CSP nonces and dispatches `vite:preloadError`; the
// islands' on-demand chunks carry no CSS of their own and the site uses no nonces, so this one only adds a
// `modulepreload` hint for each dependency of the chunk being imported, once, and imports it.

const HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function smallPreloadHelper() {
  let base = '/';
  return {
    name: 'small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== HELPER) return null;
      return `const seen = {};
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    const href = ${JSON.stringify(base)} + dep;
    if (seen[href]) continue;
    seen[href] = 1;
    const link = document.createElement('link');
    link.rel = dep.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return load();
};`;
    },
  };
}
