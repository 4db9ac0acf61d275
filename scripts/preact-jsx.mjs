// @ts-check
// Astro integration: in a production build, JSX is compiled by Vite's own transform (oxc), not by Babel.
// @astrojs/preact always hands @preact/preset-vite a `babel` option, and with one the preset runs Babel on
// every .ts/.tsx file of the project. Its own rule, without that option, is oxc in production and Babel
// only for the dev server's hook names and devtools. At 1,000 guide pages Babel was ~2 s of a ~18 s build
// (docs/decisions/102). The dev server keeps Babel, as the preset intends.

/** The JSX settings the preset gives oxc when it is not told to use Babel. */
const PREACT_JSX = { runtime: /** @type {const} */ ('automatic'), importSource: 'preact' };

/** @returns {import('astro').AstroIntegration} */
export function preactJsxWithoutBabel() {
  return {
    name: 'preact-jsx-without-babel',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const plugins = /** @type {unknown[]} */ (config.vite.plugins ?? []).flat(Infinity);
        const jsx = /** @type {{ name?: string, transform?: unknown } | undefined} */ (
          plugins.find((p) => typeof p === 'object' && p !== null && 'name' in p && p.name === 'vite:preact-jsx')
        );
        if (!jsx?.transform) {
          logger.warn('vite:preact-jsx not found: JSX stays with @astrojs/preact as it is.');
          return;
        }
        delete jsx.transform;
        updateConfig({ vite: { oxc: { jsx: PREACT_JSX } } });
      },
    },
  };
}
