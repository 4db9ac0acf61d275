/**
 * Keyboard and screen-reader users must not be dropped on <body> when the tree loads a new page (an outcome,
 * «Изменить» or «Начать заново» from a plan). Before such a navigation the island stores the path it goes to;
 * the next page's island focuses its h1 only when it finds its own path there, so a first visit from a search
 * engine or a shared link keeps the browser's default focus. Pure; the island does the storage and the focus.
 */

import { routes } from '../site/routes';

/** The sessionStorage key holding the path the tree navigated to. */
export const FOCUS_KEY = 'plan-focus';

/** The value to store before navigating to `href` (resolved against `base`), or null for a non-tree target. */
export function focusTarget(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    const sitePath = routes.sitePath(url.pathname);
    return url.origin === new URL(base).origin && sitePath && /^\/plan\/./.test(sitePath) ? url.pathname : null;
  } catch {
    return null;
  }
}

/** Whether a page at `pathname` should focus its heading, given the stored value (null when nothing stored). */
export function shouldFocus(stored: string | null, pathname: string): boolean {
  return stored !== null && stored === pathname;
}
