/**
 * A tool writes its query to the address a moment after the last key (use-url-query.ts), and at once when the
 * page is left (`pagehide`). That is in time for Back and Forward, which later load the history entry as it was
 * left, but not for a reload: the browser reloads the address as it was when reload was pressed, before
 * `pagehide`. So the query written on `pagehide` is also kept for the tab (sessionStorage), with the address it
 * replaced, and the reloaded page takes it when it reloads that very address.
 */

/** Where the pending query waits, for this tab only. */
export const PENDING_QUERY_KEY = 'knp:pending-query';

/** What to keep when the page at `address` (path and `?query`) is left with the tool's `query` not yet in it. */
export const pendingQuery = (address: string, query: string): string => `${address}\n${query}`;

/**
 * The query a page that loaded `address` (path and `?query`) by a navigation of `type` shows: the pending query
 * `saved` when this is a reload of the address it was kept for, else the address's own `query`.
 */
export function queryAfterLoad(saved: string | null, address: string, query: string, type?: string): string {
  const [from, to] = (saved ?? '').split('\n');
  return type === 'reload' && from === address && to !== undefined ? to : query;
}
