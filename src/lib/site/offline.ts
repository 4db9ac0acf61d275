/**
 * What the service worker keeps for offline use (docs/decisions/120), in one place: the build step that writes
 * the worker (scripts/service-worker.mjs), the layout that registers it and the pages that show the update
 * notice all read it from here.
 */

/** Site paths of the tool pages: precached whole, and the only pages that show «Доступна новая версия». */
const TOOL_PAGE_PREFIXES: readonly string[] = ['/plan/', '/calculator/', '/checklist/', '/claim/', '/documents/'];

/** Whether the page at `sitePath` ("/claim/", the deploy base removed) is a tool page. */
export function isToolPage(sitePath: string): boolean {
  return TOOL_PAGE_PREFIXES.some((p) => sitePath.startsWith(p));
}

/**
 * Files precached at install, relative to the build folder (the worker resolves them against its own URL, so
 * they follow `SITE_BASE`): the home, search and 404 pages, every tool page, every script and stylesheet (the
 * docx writer and the search module among them), the search core, the icons and the manifest.
 */
export const PRECACHE_GLOBS: readonly string[] = [
  'index.html',
  '404.html',
  'search/index.html',
  ...TOOL_PAGE_PREFIXES.map((p) => `${p.slice(1)}**/index.html`),
  '_astro/**/*.{js,css}',
  'search/data/core.json.gz',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
];

/** A runtime cache: filled as the reader visits, served stale while a fresh copy loads, capped. */
export interface RuntimeCache {
  /** Cache name; the deploy base is appended, so two deploys on one origin keep apart. */
  readonly name: string;
  /** At most this many responses; the least recently used goes first. */
  readonly maxEntries: number;
  /** The cap in bytes the build checks: `maxEntries` times the largest file of the kind must stay under it. */
  readonly maxBytes: number;
  /** Which built files (relative to the build folder) this cache may hold: the build measures the largest. */
  readonly files: RegExp;
}

/** Guide pages (and every other page not precached) the reader opened. */
export const PAGES_CACHE: RuntimeCache = {
  name: 'pages',
  maxEntries: 60,
  maxBytes: 4 * 1024 * 1024,
  files: /^(?!(plan|calculator|checklist|claim|documents)\/).*index\.html$/,
};

/** Search index shards (buckets and documents) fetched while searching; their names carry the index's hash. */
export const SEARCH_CACHE: RuntimeCache = {
  name: 'search-index',
  maxEntries: 40,
  maxBytes: 4 * 1024 * 1024,
  files: /^search\/data\/[bd]\d+\.[0-9a-f]+\.json\.gz$/,
};

/** The worker's file name, next to the pages at the deploy base: its scope is the base. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The inline script that registers the worker once the page has loaded (hashed into the CSP by
 * astro.config.mjs; rendered by the layout with the same base). It loads no file of its own at page load.
 */
export function registrationScript(base: string): string {
  const url = JSON.stringify(`${base}${SERVICE_WORKER_FILE}`);
  return `"serviceWorker"in navigator&&addEventListener("load",()=>navigator.serviceWorker.register(${url}).catch(()=>{}));`;
}
