/**
 * The site's name and page titles, apart from the navigation lists (nav.ts re-exports them): an island that sets
 * document.title imports this alone, without the nav lists built from the routes.
 */

/** The site's name, used in titles and structured data. */
export const SITE_NAME = 'Клиент не платит';

/** Build the <title> for a page: its own title, then the site's name (the home page uses its title alone). */
export function pageTitle(title: string, isHome = false): string {
  return isHome ? title : `${title} — ${SITE_NAME}`;
}
