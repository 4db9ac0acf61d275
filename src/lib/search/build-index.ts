import { createHash } from 'node:crypto';
import type { SearchDoc } from './doc';
import type { Bucket, CoreIndex, DocShard, Excerpt, IndexFiles, StoredDoc, WeightClass } from './format';
import { excerptRange } from './snippet';
import { STOPWORDS, wordSpans, words } from './normalize';
import { stem } from './stem';

/** How the index is cut into files (sizes before compression, in characters of JSON). */
export interface ShardOptions {
  /** A bucket (postings and excerpts) is closed at the next two-letter boundary once it is this large. */
  bucketChars: number;
  /** Documents each term ranks first, carried as excerpts in its bucket: the dialog's number of results. */
  perTerm: number;
  /** Characters of stored documents per document shard, about (a page's sections stay together). */
  charsPerDocShard: number;
}

const DEFAULTS: ShardOptions = { bucketChars: 40_000, perTerm: 10, charsPerDocShard: 48_000 };

/** Characters of a carried excerpt (a snippet cut from a whole document shows 180, see `snippet`). */
const EXCERPT_CHARS = 140;

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

/** `doc` with its text cut to `[start, end)`, «…» marking what was left out. */
function cutTo(doc: StoredDoc, [start, end]: [number, number]): StoredDoc {
  const text = doc[4];
  const cut = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return [doc[0], doc[1], doc[2], doc[3], cut];
}

const chars = (d: StoredDoc): number => d[1].length + d[2].length + d[3].length + d[4].length + 20;

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
  const stored: StoredDoc[] = docs.map((d) => [d.kind, d.url, d.title, d.context, d.text]);
  // Per document (computed when first needed): its words, and where each stem first occurs among them.
  const textOf = new Map<number, { spans: ReturnType<typeof wordSpans>; first: Map<string, number> }>();
  const textInfo = (id: number): { spans: ReturnType<typeof wordSpans>; first: Map<string, number> } => {
    let info = textOf.get(id);
    if (!info) {
      const spans = wordSpans(stored[id]?.[4] ?? '');
      const first = new Map<string, number>();
      spans.forEach((w, i) => {
        const s = stem(w.word);
        if (!first.has(s)) first.set(s, i);
      });
      textOf.set(id, (info = { spans, first }));
    }
    return info;
  };

  // Buckets: cut only where the first two letters change (three, for a pair far above the size), so the
  // exact, prefix and near terms of one typed word share a file.
  const buckets: Bucket[] = [];
  const bucketStarts: number[] = [];
  let size = Infinity;
  // Per document, the ranges of its text the current bucket carries.
  let carried = new Map<number, [number, number][]>();
  terms.forEach((t, i) => {
    const prev = terms[i - 1] ?? '';
    const pairChanged = prev.slice(0, 2) !== t.slice(0, 2);
    const tripleChanged = prev.slice(0, 3) !== t.slice(0, 3);
    if ((size >= opts.bucketChars && pairChanged) || (size >= 3 * opts.bucketChars && tripleChanged)) {
      bucketStarts.push(i);
      buckets.push({ p: [], r: [] });
      carried = new Map();
      size = 0;
    }
    const bucket = buckets[buckets.length - 1] as Bucket;
    const raw = postingsByTerm.get(t) ?? [];
    let prevId = 0;
    bucket.p.push(
      raw.map((e) => {
        const id = e >> 2;
        const delta = id - prevId;
        prevId = id;
        return delta * 4 + (e & 3);
      }),
    );
    size += raw.length * 4 + 2;
    // The documents this term ranks first on its own: highest weight class, then earliest.
    const top = [...raw].sort((a, b) => (b & 3) - (a & 3) || a - b).slice(0, opts.perTerm);
    for (const e of top) {
      const id = e >> 2;
      const doc = stored[id];
      if (!doc) continue;
      // One excerpt per document and bucket; another only where the first does not show this term.
      const already = carried.get(id) ?? [];
      const { spans, first } = textInfo(id);
      const at = spans[first.get(t) ?? -1];
      if (already.length > 0 && (!at || already.some(([a, b]) => a <= at.start && at.end <= b))) continue;
      const range = excerptRange(doc[4], (w) => stem(w) === t, EXCERPT_CHARS, spans);
      carried.set(id, [...already, range]);
      const excerpt: Excerpt = [id, ...cutTo(doc, range)];
      bucket.r.push(excerpt);
      size += chars(excerpt.slice(1) as StoredDoc);
    }
  });
  if (bucketStarts.length === 0) {
    bucketStarts.push(0);
    buckets.push({ p: [], r: [] });
  }

  // Document shards: consecutive documents, a page's sections (same URL before «#») kept together.
  const docShards: number[] = [];
  const shards: DocShard[] = [];
  let shardChars = Infinity;
  stored.forEach((d, i) => {
    const page = d[1].split('#')[0];
    const samePage = i > 0 && stored[i - 1]?.[1].split('#')[0] === page;
    if (shardChars >= opts.charsPerDocShard && !samePage) {
      docShards.push(i);
      shards.push([]);
      shardChars = 0;
    }
    shards[shards.length - 1]?.push(d);
    shardChars += chars(d);
  });
  if (docShards.length === 0) {
    docShards.push(0);
    shards.push([]);
  }

  const hash = createHash('sha256')
    .update(JSON.stringify([terms, bucketStarts, stored]))
    .digest('hex')
    .slice(0, 10);
  const core: CoreIndex = { v: 2, hash, terms: terms.join(' '), buckets: bucketStarts, docShards, docs: docs.length };
  return { core, buckets, docs: shards };
}
