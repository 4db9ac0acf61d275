// Loads the index on first use and answers queries; shared by the dialog and the search page.
import { Searcher, type SearchResponse } from '../../lib/search/searcher';
import { shardFile, type CoreIndex } from '../../lib/search/format';
import { routes } from '../../lib/site/routes';

let searcher: Promise<Searcher> | undefined;

async function json(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
}

/** The searcher, loading the core index the first time. */
export function getSearcher(): Promise<Searcher> {
  searcher ??= (json(routes.searchData('core.json')) as Promise<CoreIndex>).then(
    (core) => new Searcher(core, (kind, n) => json(routes.searchData(shardFile(kind, n, core.hash)))),
  );
  searcher.catch(() => (searcher = undefined));
  return searcher;
}

/** Runs queries, dropping answers that arrive after a newer query was typed. */
export function latestOnly(
  limit: number,
  onResult: (query: string, r: SearchResponse | null, error?: unknown) => void,
): (q: string) => void {
  let seq = 0;
  return (q) => {
    const mine = ++seq;
    const query = q.trim();
    if (query === '') {
      onResult('', null);
      return;
    }
    getSearcher()
      .then((s) => s.search(query, limit))
      .then(
        (r) => mine === seq && onResult(query, r),
        (err: unknown) => mine === seq && onResult(query, null, err),
      );
  };
}
