// Loads the index on first use and answers queries; shared by the dialog and the search page.
import { Searcher, type SearchResponse } from '../../lib/search/searcher';
import { CORE_FILE, decodeIndexFile, shardFile, type CoreIndex } from '../../lib/search/format';
import { routes } from '../../lib/site/routes';

/** How long a load waits while the user is typing: a key pressed within it makes the load unnecessary. */
const TYPING_HOLD_MS = 150;
let searcher: Promise<Searcher> | undefined;
let hash = '';
const inFlight = new Map<string, Promise<unknown>>();

/** An index file's JSON; one request per file however many queries ask for it at once. */
function indexFile(url: string): Promise<unknown> {
  let p = inFlight.get(url);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      return decodeIndexFile(new Uint8Array(await res.arrayBuffer()));
    });
    inFlight.set(url, p);
    p.catch(() => inFlight.delete(url));
  }
  return p;
}

const shardUrl = (kind: 'b' | 'd', n: number): string => routes.searchData(shardFile(kind, n, hash));

/** The searcher, loading the core index the first time. */
export function getSearcher(): Promise<Searcher> {
  searcher ??= (indexFile(routes.searchData(CORE_FILE)) as Promise<CoreIndex>).then((core) => {
    hash = core.hash;
    return new Searcher(core, (kind, n) => indexFile(shardUrl(kind, n)));
  });
  searcher.catch(() => (searcher = undefined));
  return searcher;
}

/** Thrown by a held load whose query was overtaken by a newer one. */
const OVERTAKEN = new Error('overtaken');

/**
 * Runs queries, dropping answers that arrive after a newer query was typed. A query typed key by key
 * (`typing`) answers at once from the files already loaded; the bucket its last word will need whatever
 * letters follow is fetched at once, any other file only if no other key follows within a moment — so
 * typing a word fetches what the word needs, not what each of its first letters would. A pasted or
 * submitted query loads at once.
 */
export function latestOnly(
  limit: number,
  onResult: (query: string, r: SearchResponse | null, error?: unknown) => void,
): (q: string, typing?: boolean) => void {
  let seq = 0;
  return (q, typing = false) => {
    const mine = ++seq;
    const query = q.trim();
    if (query === '') {
      onResult('', null);
      return;
    }
    let settled: number | undefined;
    const held = async (kind: 'b' | 'd', n: number): Promise<unknown> => {
      const url = shardUrl(kind, n);
      if (typing && !inFlight.has(url) && !(kind === 'b' && n === settled)) {
        await new Promise((r) => setTimeout(r, TYPING_HOLD_MS));
        if (mine !== seq) throw OVERTAKEN;
      }
      return indexFile(url);
    };
    getSearcher()
      .then((s) => {
        if (typing) settled = s.settledBucket(query);
        return s.search(query, limit, held);
      })
      .then(
        (r) => mine === seq && onResult(query, r),
        (err: unknown) => mine === seq && onResult(query, null, err),
      );
  };
}
