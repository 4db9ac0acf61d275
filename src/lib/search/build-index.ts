import { createHash } from 'node:crypto';
import type { SearchDoc } from './doc';
import type { CoreIndex, DocShard, IndexFiles, PostingsShard, WeightClass } from './format';
import { STOPWORDS, words } from './normalize';
import { stem } from './stem';

/** How the index is cut into shards (sizes before compression). */
export interface ShardOptions {
  /** Postings entries per postings shard, about. */
  postingsPerShard: number;
  /** Characters of stored documents per document shard, about. */
  charsPerDocShard: number;
}

const DEFAULTS: ShardOptions = { postingsPerShard: 3000, charsPerDocShard: 4000 };

/** The stems a text contributes to the index, with how often each occurs. */
function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words(text)) {
    if (STOPWORDS.has(w)) continue;
    const s = stem(w);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Each stem of a document with its weight class (title beats keyword beats repeated text). */
export function docTerms(doc: SearchDoc): Map<string, WeightClass> {
  const terms = new Map<string, WeightClass>();
  const raise = (t: string, c: WeightClass): void => {
    if ((terms.get(t) ?? -1) < c) terms.set(t, c);
  };
  for (const [t, n] of stemCounts(doc.text)) raise(t, n > 1 ? 1 : 0);
  for (const t of stemCounts((doc.keywords ?? []).join(' ')).keys()) raise(t, 2);
  for (const t of stemCounts(doc.title).keys()) raise(t, 3);
  return terms;
}

/** Build every file of the search index from the documents, refusing duplicate ids. */
export function buildIndex(docs: readonly SearchDoc[], options: Partial<ShardOptions> = {}): IndexFiles {
  const opts = { ...DEFAULTS, ...options };
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`Search: two documents share the id "${d.id}".`);
    seen.add(d.id);
  }
  const postingsByTerm = new Map<string, number[]>();
  docs.forEach((doc, docId) => {
    for (const [t, c] of docTerms(doc)) {
      let list = postingsByTerm.get(t);
      if (!list) postingsByTerm.set(t, (list = []));
      list.push(docId * 4 + c);
    }
  });
  const terms = [...postingsByTerm.keys()].sort();

  const postings: PostingsShard[] = [];
  const termShards: number[] = [];
  let size = Infinity;
  terms.forEach((t, i) => {
    const raw = postingsByTerm.get(t) ?? [];
    let prev = 0;
    const coded = raw.map((e) => {
      const id = e >> 2;
      const delta = id - prev;
      prev = id;
      return delta * 4 + (e & 3);
    });
    if (size >= opts.postingsPerShard) {
      termShards.push(i);
      postings.push([]);
      size = 0;
    }
    postings[postings.length - 1]?.push(coded);
    size += coded.length + 1;
  });

  const docShards: number[] = [];
  const stored: DocShard[] = [];
  let chars = Infinity;
  docs.forEach((d, i) => {
    if (chars >= opts.charsPerDocShard) {
      docShards.push(i);
      stored.push([]);
      chars = 0;
    }
    stored[stored.length - 1]?.push([d.kind, d.url, d.title, d.context, d.text]);
    chars += d.text.length + d.title.length + d.context.length + d.url.length;
  });
  if (termShards.length === 0) {
    termShards.push(0);
    postings.push([]);
  }
  if (docShards.length === 0) {
    docShards.push(0);
    stored.push([]);
  }

  const hash = createHash('sha256')
    .update(JSON.stringify([terms, postings, stored]))
    .digest('hex')
    .slice(0, 10);
  const core: CoreIndex = { v: 1, hash, terms: terms.join(' '), termShards, docShards, docs: docs.length };
  return { core, postings, docs: stored };
}
