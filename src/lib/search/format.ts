/**
 * The search index as files. The browser loads the core when search is first opened; a typed word loads
 * the one bucket holding its terms' postings and their best documents; whole documents sit in shards
 * fetched only for results a bucket does not carry. Files are gzip-compressed JSON on disk.
 */

/** Loaded on first open: the vocabulary (stems, sorted) and where each bucket and document shard starts. */
export interface CoreIndex {
  /** Format version. */
  v: 2;
  /** Hash of the whole index; shard file names carry it so they can be cached forever. */
  hash: string;
  /** Every indexed stem, sorted, joined by single spaces (Fuse's pre-built index is rebuilt from it). */
  terms: string;
  /**
   * Index of the first term of each bucket, ascending, starting at 0. Buckets are cut where the terms'
   * first two letters change (three for a very common pair), so the terms one typed word can mean sit in
   * one bucket.
   */
  buckets: number[];
  /** Index of the first document of each document shard, ascending, starting at 0. */
  docShards: number[];
  /** Number of documents. */
  docs: number;
}

/**
 * Postings: for each term, the documents containing it. Each entry is
 * `(docId - previousDocId) * 4 + weightClass` (delta-coded, ascending doc ids).
 */
type PostingsShard = number[][];

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

/**
 * A document as a bucket carries it: its id and the stored document with the text cut to the excerpt a
 * result shows («…» where text was left out).
 */
export type Excerpt = [docId: number, ...doc: StoredDoc];

/**
 * One bucket, the file a typed word loads: the postings of its terms, and the documents each of its terms
 * ranks first (as excerpts), so a one-word query shows its results without another file.
 */
export interface Bucket {
  p: PostingsShard;
  r: Excerpt[];
}

/** One document shard: consecutive documents, whole (for results a bucket does not carry). */
export type DocShard = StoredDoc[];

/** Every file of a built index. */
export interface IndexFiles {
  core: CoreIndex;
  buckets: Bucket[];
  docs: DocShard[];
}

/** File name (without directory) of the core: gzip-compressed JSON, like every index file. */
export const CORE_FILE = 'core.json.gz';

/** File name (without directory) of a shard: "b3.<hash>.json.gz" for buckets, "d3.<hash>.json.gz" for documents. */
export function shardFile(kind: 'b' | 'd', n: number, hash: string): string {
  return `${kind}${n}.${hash}.json.gz`;
}

/** The data of a shard of built index files (what loading its file gives), for Node and tests. */
export function shardData(files: IndexFiles, kind: 'b' | 'd', n: number): Bucket | DocShard | undefined {
  return kind === 'b' ? files.buckets[n] : files.docs[n];
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The JSON value of an index file's bytes. The files are gzip-compressed on disk; a server that already
 * decoded them (Content-Encoding: gzip) hands over plain JSON, which is read as it is.
 */
export async function decodeIndexFile(bytes: Uint8Array): Promise<unknown> {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return JSON.parse(new TextDecoder().decode(bytes));
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
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
