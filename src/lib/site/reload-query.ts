/**
 * A tool writes its query to the address a moment after the last key (use-url-query.ts), and at once when the
 * page is left (`pagehide`). That is in time for Back and Forward, which later load the history entry as it was
 * left, but not for a reload: the browser reloads the address as it was when reload was pressed, and `pagehide`
 * (or the moment's write) may come after. So on `pagehide` the tool's query is also kept for the tab
 * (sessionStorage) with the history entry it belongs to, and the reloaded page takes it when it reloads that entry.
 */

/** Where the pending query waits, for this tab only. */
export const PENDING_QUERY_KEY = 'knp:pending-query';

/**
 * What to keep when the page is left with the tool's `query`; `entry` names the history entry: its key in the
 * Navigation API, or the path where the browser has none.
 */
export const pendingQuery = (entry: string, query: string): string => `${entry}\n${query}`;

/**
 * The query a page shows that loaded history entry `entry` by a navigation of `type`: the pending query `saved`
 * when this is a reload of the entry it was kept for, else the address's own `query`.
 */
export function queryAfterLoad(saved: string | null, entry: string, query: string, type?: string): string {
  const [from, to] = (saved ?? '').split('\n');
  return type === 'reload' && from === entry && to !== undefined ? to : query;
}
