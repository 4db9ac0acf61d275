/**
 * URL path prefixes of pages kept out of search engines and the sitemap: step-by-step question pages,
 * search results. Pages under them get `noindex` automatically.
 */
export const NOINDEX_PREFIXES: readonly string[] = ['/search/', '/plan/q/'];

/** Whether a page at `pathname` should be hidden from search engines. */
export function isNoindexPath(pathname: string): boolean {
  const path = pathname.startsWith('/') ? pathname : new URL(pathname).pathname;
  return NOINDEX_PREFIXES.some((p) => path.startsWith(p)) || path === '/404/' || path === '/404.html';
}
