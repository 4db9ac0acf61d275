/**
 * URL path prefixes of pages kept out of search engines and the sitemap: step-by-step question pages,
 * search results. Pages under them get `noindex` automatically.
 */
const NOINDEX_PREFIXES: readonly string[] = ['/search/', '/plan/q/'];

/** Whether a page at `sitePath` (relative to the site's root, the deploy base removed) is hidden from search engines. */
export function isNoindexPath(sitePath: string): boolean {
  const path = sitePath.startsWith('/') ? sitePath : new URL(sitePath).pathname;
  return NOINDEX_PREFIXES.some((p) => path.startsWith(p)) || path === '/404/' || path === '/404.html';
}
