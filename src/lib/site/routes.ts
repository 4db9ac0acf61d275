/**
 * Every internal URL the site writes, built in one place and aware of the deploy base (`SITE_BASE`, e.g.
 * "/klient/"). A pure factory takes the base (as Starlight's createPathFormatter does); `routes` at the end
 * binds it to the base of the current build. Pages, components, islands, search documents and JSON-LD call
 * these functions; nobody writes "/plan/…" or "/guide/…" by hand.
 *
 * Two kinds of path appear below: a *site path* is relative to the site's root ("/guide/sud/"), the form
 * content files use and the checks compare; a *URL path* carries the base ("/klient/guide/sud/") and is what
 * goes into an href.
 */

/** The calculator's two modes, as its URL names them. */
export type CalculatorMode = 'installments' | 'discount';

/** "/", "/kp/", "kp", "/kp" → "/" or "/kp/": one leading and one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** "a=1" or "?a=1" → "?a=1"; nothing → "". */
const queryOf = (query = ''): string => (query && '?') + query.replace(/^\?/, '');

/** The route functions for a site deployed under `base` ("/" or "/kp/", as normalizeBase gives it). */
export function createRoutes(root: string) {
  /** A site path ("/guide/sud/#x", "favicon.svg") as a URL path under the base. */
  const path = (sitePath: string): string => root + sitePath.replace(/^\/+/, '');
  return {
    /** The base itself: "/" or "/kp/". */
    base: root,
    /** Turn a site path from content ("/guide/sud/#срок") into a URL path; external and relative URLs pass through. */
    path: (sitePath: string): string => (/^\/(?!\/)/.test(sitePath) ? path(sitePath) : sitePath),
    /** The site path of a URL path under the base ("/kp/plan/x/" → "/plan/x/"), or null when it is outside the base. */
    sitePath: (urlPath: string): string | null =>
      `${urlPath}/`.startsWith(root) ? `/${urlPath.slice(root.length)}` : null,
    /** The home page. */
    home: (): string => root,
    /** A guide page, optionally at a heading (`hash` without "#"); no slug: the guide's index. */
    guide: (slug?: string, hash?: string): string =>
      path(slug ? `guide/${slug}/` : 'guide/') + (hash ? `#${hash}` : ''),
    /** A guide section's own page (its full list of pages) by its URL word; `page` > 1 for a long section's next pages. */
    guideSection: (slug: string, page = 1): string => path(`guide/razdel/${slug}/${page > 1 ? `${page}/` : ''}`),
    /** The decision tree's start page. */
    plan: (): string => path('plan/'),
    /** A question page of the tree, with an optional query ("?a=…"). */
    question: (id: string, query?: string): string => path(`plan/q/${id}/`) + queryOf(query),
    /** An outcome (plan) page of the tree, with an optional query. */
    outcome: (id: string, query?: string): string => path(`plan/${id}/`) + queryOf(query),
    /** Every outcome on one page. */
    allOutcomes: (): string => path('plan/vse-varianty/'),
    /** The calculator, optionally with its URL state. */
    calculator: (query?: string): string => path('calculator/') + queryOf(query),
    /** The checklist, optionally with a query ("now=a,b") and an item's id to jump to. */
    checklist: (query?: string, hash?: string): string =>
      path('checklist/') + queryOf(query) + (hash ? `#${hash}` : ''),
    /** The search page, optionally with a query. */
    search: (q?: string): string => path('search/') + (q ? `?q=${encodeURIComponent(q)}` : ''),
    /** A file of the search index ("core.json"). */
    searchData: (file: string): string => path(`search/data/${file}`),
    /** The claim (претензия) page. */
    claim: (): string => path('claim/'),
    /** The documents page, or one document on it (?doc=…). */
    documents: (doc?: string): string => path('documents/') + (doc ? `?doc=${doc}` : ''),
    /** «Моё дело»: the user's case at a glance. */
    delo: (): string => path('delo/'),
    /** A file served from public/ or the build ("favicon.svg", "_astro/x.js", "sitemap-index.xml"). */
    asset: (file: string): string => path(file),
  };
}

/** The route functions of one deploy base. */
export type Routes = ReturnType<typeof createRoutes>;

/** Site paths (relative to the site's root, as content files, search documents and checks write them): "/claim/". */
export const sitePaths: Routes = createRoutes('/');

/** The routes of this build: Vite sets BASE_URL (normalized) from `base` in astro.config.mjs (`SITE_BASE`). */
export const routes: Routes = createRoutes(import.meta.env.BASE_URL);
