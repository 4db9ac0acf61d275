/**
 * A tool writes its query to the address a moment after the last key (use-url-query.ts), and at once when the
 * page is left (`pagehide`). That is in time for Back and Forward, which later load the history entry as it was
 * left, but not for a reload: the browser reloads the address as it was when reload was pressed, before
 * `pagehide`. So the query written on `pagehide` is also kept for the tab (sessionStorage), as a `Pending`, and
 * the reloaded page takes it when it reloads the very address that query replaced.
 */

/** A query written as the page was left, and the address's query it replaced. */
export interface Pending {
  path: string;
  /** The address's query the reload will load (no leading `?`). */
  from: string;
  /** The query the tool had (no leading `?`). */
  to: string;
}

/** Where the pending query waits, for this tab only. */
export const PENDING_QUERY_KEY = 'knp:pending-query';

/** What a page that loaded `path?query` with navigation `type` should read: the pending query or its own. */
export function queryAfterLoad(saved: string | null, path: string, query: string, type: string | undefined): string {
  if (type !== 'reload' || saved === null) return query;
  let pending: Partial<Pending>;
  try {
    pending = JSON.parse(saved) as Partial<Pending>;
  } catch {
    return query;
  }
  return pending?.path === path && pending.from === query && typeof pending.to === 'string' ? pending.to : query;
}
