/**
 * The search index as files. The browser loads the core when search is first opened; the postings and the
 * documents are split into shards fetched only for the words typed and the results shown, so the first
 * load stays small however large the site grows.
 */

/** Loaded on first open: the vocabulary (stems, sorted) and where each shard starts. */
export interface CoreIndex {
  /** Format version. */
  v: 1;
  /** Hash of the whole index; shard file names carry it so they can be cached forever. */
  hash: string;
  /** Every indexed stem, sorted, joined by single spaces (Fuse's pre-built index is rebuilt from it). */
  terms: string;
  /** Index of the first term of each postings shard, ascending, starting at 0. */
  termShards: number[];
  /** Index of the first document of each document shard, ascending, starting at 0. */
  docShards: number[];
  /** Number of documents. */
  docs: number;
}

/**
 * One postings shard: for each of its terms, the documents containing it. Each entry is
 * `(docId - previousDocId) * 4 + weightClass` (delta-coded, ascending doc ids).
 */
export type PostingsShard = number[][];

/** Weight class of a term in a document: 0 text once, 1 text often, 2 keyword, 3 title. */
export type WeightClass = 0 | 1 | 2 | 3;

/** One stored document: [kind, url, title, context, text]. */
export type StoredDoc = [
  kind: 'guide' | 'outcome' | 'checklist' | 'tool',
  url: string,
  title: string,
  context: string,
  text: string,
];

/** One document shard: consecutive documents. */
export type DocShard = StoredDoc[];

/** Every file of a built index. */
export interface IndexFiles {
  core: CoreIndex;
  postings: PostingsShard[];
  docs: DocShard[];
}

/** File name (without directory) of a shard: "t3.<hash>.json" for postings, "d3.<hash>.json" for documents. */
export function shardFile(kind: 't' | 'd', n: number, hash: string): string {
  return `${kind}${n}.${hash}.json`;
}

/** Which shard holds item `i`, given the shards' start indices. */
export function shardOf(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
