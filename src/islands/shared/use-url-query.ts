/**
 * Keep the page's query string in step with a tool's state, without adding history entries.
 *
 * While keys are being typed the address is written a moment after they stop (browsers throttle rapid
 * `replaceState` calls). Anything that ends an edit writes it at once: a committed field (`change`: the
 * field is left or Enter pressed, a choice made), a click (a link or button may navigate next), and leaving
 * the page (`pagehide`, so Back and Forward find the history entry as the user left it; a reload, which loads
 * the address as it was when reload was pressed, finds the query in the tab's storage: src/lib/site/reload-query.ts).
 */
import { useEffect, useRef } from 'preact/hooks';
import { PENDING_QUERY_KEY, pendingQuery, queryAfterLoad } from '../../lib/site/reload-query';

const TYPING_PAUSE_MS = 150;
const COMMITS = ['change', 'click', 'pagehide'];

interface Writer {
  /** The query of the last render (set while rendering, so a listener right after a render sees it). */
  query: string;
  written: string | null;
  timer?: number;
  flush(): void;
}

const write = (query: string): void =>
  history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
/** The current history entry: its key where the browser has the Navigation API (it outlives a reload), else the path. */
const entry = (): string => window.navigation?.currentEntry?.key ?? location.pathname;

/**
 * The address's query as a tool reads it when it opens (no leading `?`): after a reload, the query the page
 * had when it was left, written back to the address.
 */
export function openingAddressQuery(): string {
  let saved: string | null = null;
  try {
    saved = sessionStorage.getItem(PENDING_QUERY_KEY);
    sessionStorage.removeItem(PENDING_QUERY_KEY);
  } catch {
    /* storage off: the address as it is */
  }
  const own = location.search.slice(1);
  const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const query = queryAfterLoad(saved, entry(), own, load?.type);
  if (query !== own) write(query);
  return query;
}

/** Replace the address's query with `query`; see the module comment for when. */
export function useUrlQuery(query: string, enabled: boolean): void {
  const ref = useRef<Writer | null>(null);
  const w = (ref.current ??= {
    query,
    written: null,
    flush() {
      clearTimeout(this.timer);
      if (this.query === this.written) return;
      this.written = this.query;
      write(this.query);
    },
  });
  w.query = query;

  useEffect(() => {
    if (!enabled) return;
    const flush = () => w.flush();
    // A navigation may follow a click or pagehide at once; a changed value is rendered first, in Preact's
    // render queue (a microtask queued before this one).
    const onCommit = (e: Event) => {
      if (e.type === 'change') return queueMicrotask(flush);
      if (e.type === 'pagehide')
        try {
          sessionStorage.setItem(PENDING_QUERY_KEY, pendingQuery(entry(), w.query));
        } catch {
          /* storage off: a reload shows the address as it was */
        }
      flush();
    };
    for (const type of COMMITS) addEventListener(type, onCommit, true);
    return () => {
      for (const type of COMMITS) removeEventListener(type, onCommit, true);
      flush();
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled) return;
    clearTimeout(w.timer);
    w.timer = window.setTimeout(() => w.flush(), TYPING_PAUSE_MS);
    return () => clearTimeout(w.timer);
  }, [query, enabled]);
}
