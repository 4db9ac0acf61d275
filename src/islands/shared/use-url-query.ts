/** Keep the page's query string in step with a tool's state, without adding history entries. */
import { useEffect } from 'preact/hooks';

/** Replace the address's query with `query` a moment after it stops changing (browsers throttle rapid updates). */
export function useUrlQuery(query: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const timer = window.setTimeout(
      () =>
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}?${query}${window.location.hash}`,
        ),
      150,
    );
    return () => window.clearTimeout(timer);
  }, [query, enabled]);
}
