import type { Bucket, CoreIndex, DocShard, StoredDoc } from './format';
import { shardOf } from './format';
import { hasLatin, toRussianLayout } from './layout';
import { STOPWORDS, words } from './normalize';
import { hitTest, snippet, markAll, type HitTest, type Part } from './snippet';
import { shortestStem, stem } from './stem';
import { Vocabulary } from './vocabulary';

/** One search hit, ready to show. */
interface SearchResult {
  /** Which part of the site it comes from. */
  kind: StoredDoc[0];
  /** Deep link to the section. */
  url: string;
  /** Title with the matched words marked. */
  title: Part[];
  /** Where it comes from ("Гайд › Суд"). */
  context: string;
  /** Excerpt with the matched words marked. */
  snippet: Part[];
}

/** The answer to a query. */
export interface SearchResponse {
  /** The words actually searched (the query itself, or re-read in the Russian layout). */
  searched: string;
  /** Whether the query was re-read as typed in the wrong keyboard layout. */
  switchedLayout: boolean;
  /** Number of matching documents. */
  total: number;
  /** The best matches, best first. */
  results: SearchResult[];
}

/** Fetches a shard: 'b' a bucket (postings and excerpts), 'd' whole documents. */
export type ShardLoader = (kind: 'b' | 'd', n: number) => Promise<unknown>;

/** How much a match counts, by the term's weight class in the document (text once … title). */
const CLASS_WEIGHT = [1, 1.3, 1.7, 2.2] as const;
/** Candidate vocabulary terms kept per query word. */
const TERMS_PER_WORD = 6;

type Candidates = Map<number, number>;
interface Ranked {
  tokens: number;
  /** The best documents, best first. */
  ranked: { doc: number; matched: number; score: number }[];
  /** How many documents matched at all. */
  total: number;
  terms: string[];
}

/**
 * Searches a built index in the browser (or in Node for tests and the bench), loading files as needed: a
 * typed word loads its bucket, which also carries the documents its terms rank first; whole documents are
 * loaded only for results no loaded bucket carries.
 */
export class Searcher {
  private readonly vocab: Vocabulary;
  private readonly buckets = new Map<number, Bucket>();
  private readonly docs = new Map<number, DocShard>();
  /** Excerpts carried by the loaded buckets, by document id (one per bucket that carries the document). */
  private readonly excerpts = new Map<number, StoredDoc[]>();

  constructor(
    private readonly core: CoreIndex,
    private readonly load: ShardLoader,
  ) {
    this.vocab = new Vocabulary(core.terms === '' ? [] : core.terms.split(' '));
  }

  private bucketOf(termId: number): number {
    return shardOf(this.core.buckets, termId);
  }

  /**
   * The bucket a query's last word, still being typed, will load whatever letters follow — so it can be
   * fetched at once without loading more than the finished word would. Undefined while more than one bucket
   * is possible, while the word could still become a stopword (searched as nothing), or when no indexed term
   * begins with it (a typo, whose word may look elsewhere).
   */
  settledBucket(query: string): number | undefined {
    if (/[\s\p{P}]$/u.test(query)) return undefined;
    const prefix = words(query).at(-1);
    if (!prefix || [...STOPWORDS].some((w) => w.startsWith(prefix))) return undefined;
    if (this.vocab.indexOf(stem(prefix)) < 0 && this.vocab.withPrefix(prefix, 1).length === 0) return undefined;
    const low = this.bucketOf(this.vocab.lowerBound(prefix.slice(0, shortestStem(prefix))));
    // Every stem of a longer word sorts before this: the prefix followed by the highest character.
    const high = this.bucketOf(this.vocab.lowerBound(`${prefix}\uffff`));
    return low === high ? low : undefined;
  }

  /**
   * Vocabulary terms a query word may mean, with a quality in (0, 1]. They come from the word's own bucket
   * (where its stem sorts); only when that has nothing near, from the bucket of the nearest term elsewhere
   * (a typo in the first letters) — so a word loads one file, at most two.
   */
  private candidates(word: string, typing: boolean): Candidates {
    const found: Candidates = new Map();
    const { terms } = this.vocab;
    const s = stem(word);
    const home = this.bucketOf(this.vocab.lowerBound(s));
    const add = (i: number, q: number): void => {
      if (this.bucketOf(i) === home && (found.get(i) ?? 0) < q) found.set(i, q);
    };
    for (const form of new Set([s, word])) {
      const i = this.vocab.indexOf(form);
      if (i >= 0) add(i, 1);
    }
    if (typing && word.length >= 2) {
      for (const i of this.vocab.withPrefix(word, 30)) add(i, 0.95 - 0.01 * ((terms[i]?.length ?? 0) - word.length));
    }
    if (s.length >= 4) {
      const near = this.vocab.fuzzy(s, 12);
      for (const [i, score] of near) add(i, 0.8 * (1 - score) ** 2);
      const elsewhere = near[0];
      if (found.size === 0 && elsewhere) {
        const other = this.bucketOf(elsewhere[0]);
        for (const [i, score] of near) if (this.bucketOf(i) === other) found.set(i, 0.8 * (1 - score) ** 2);
      }
    }
    const exact = found.size > 0 && Math.max(...found.values()) >= 0.95;
    const kept = [...found].filter(([, q]) => !exact || q >= 0.6);
    return new Map(kept.sort((a, b) => b[1] - a[1]).slice(0, TERMS_PER_WORD));
  }

  private async bucketsFor(termIds: Iterable<number>, load: ShardLoader): Promise<void> {
    const need = new Set([...termIds].map((i) => this.bucketOf(i)).filter((n) => !this.buckets.has(n)));
    await Promise.all(
      [...need].map(async (n) => {
        const bucket = (await load('b', n)) as Bucket;
        this.buckets.set(n, bucket);
        for (const [id, ...doc] of bucket.r) {
          const list = this.excerpts.get(id);
          if (list) list.push(doc);
          else this.excerpts.set(id, [doc]);
        }
      }),
    );
  }

  private postingList(termId: number): number[] {
    const n = this.bucketOf(termId);
    return this.buckets.get(n)?.p[termId - (this.core.buckets[n] ?? 0)] ?? [];
  }

  /**
   * The whole document if its shard is loaded, else an excerpt a loaded bucket carries (one showing a
   * matched word, if any does).
   */
  private stored(docId: number, isHit?: HitTest): { doc: StoredDoc; whole: boolean } | undefined {
    const n = shardOf(this.core.docShards, docId);
    const whole = this.docs.get(n)?.[docId - (this.core.docShards[n] ?? 0)];
    if (whole) return { doc: whole, whole: true };
    const list = this.excerpts.get(docId);
    const shows = isHit && list?.find((d) => markAll(d[4], isHit).some(([, hit]) => hit));
    const doc = shows || list?.[0];
    return doc ? { doc, whole: false } : undefined;
  }

  /** Rank documents for a query: documents matching more of its words first, then by score. */
  private async rank(query: string, limit: number, load: ShardLoader): Promise<Ranked> {
    const all = words(query);
    const meaningful = all.filter((w) => !STOPWORDS.has(w));
    const tokens = meaningful.length > 0 ? meaningful : all;
    const typingLast = !/[\s\p{P}]$/u.test(query);
    const perToken = tokens.map((w, i) => this.candidates(w, typingLast && i === tokens.length - 1));
    await this.bucketsFor(
      perToken.flatMap((c) => [...c.keys()]),
      load,
    );
    // Flat arrays over all documents: a query touches thousands of postings at 1,000 pages.
    const n = this.core.docs;
    const matched = new Uint8Array(n);
    const score = new Float64Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    for (const cands of perToken) {
      const docs: number[] = [];
      for (const [termId, quality] of cands) {
        let doc = 0;
        for (const e of this.postingList(termId)) {
          doc += e >> 2;
          const v = quality * CLASS_WEIGHT[(e & 3) as 0 | 1 | 2 | 3];
          if (best[doc] === 0) docs.push(doc);
          if (best[doc]! < v) best[doc] = v;
        }
      }
      for (const doc of docs) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc] = matched[doc]! + 1;
        score[doc] = score[doc]! + best[doc]!;
        best[doc] = 0;
      }
    }
    // Keep only the best `limit` (sorted), counting the rest.
    const better = (a: number, b: number): boolean =>
      matched[a]! - matched[b]! > 0 ||
      (matched[a] === matched[b] && (score[a]! > score[b]! || (score[a] === score[b] && a < b)));
    const top: number[] = [];
    for (const doc of touched) {
      if (top.length === limit && !better(doc, top[limit - 1]!)) continue;
      let i = Math.min(top.length, limit - 1);
      if (top.length < limit) top.push(doc);
      while (i > 0 && better(doc, top[i - 1]!)) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = doc;
    }
    const ranked = top.map((doc) => ({ doc, matched: matched[doc]!, score: score[doc]! }));
    const terms = perToken.flatMap((c) => [...c.keys()].map((i) => this.vocab.terms[i] ?? ''));
    return { tokens: tokens.length, ranked, total: touched.length, terms };
  }

  /** Whether a ranking found little: nothing, or nothing that matches every word well. */
  private static little(r: Ranked): boolean {
    const top = r.ranked[0];
    return !top || top.matched < r.tokens || top.score < 0.8 * r.tokens;
  }

  /**
   * Search: the typed query, re-read in the Russian layout only when it finds little. `load`, if given,
   * loads this query's files instead of the searcher's loader (the dialog holds loads back while typing).
   */
  async search(query: string, limit = 10, load: ShardLoader = this.load): Promise<SearchResponse> {
    limit = Math.max(1, Math.floor(limit));
    let searched = query;
    let r = await this.rank(query, limit, load);
    let switchedLayout = false;
    if (hasLatin(query) && Searcher.little(r)) {
      const alt = toRussianLayout(query);
      const r2 = await this.rank(alt, limit, load);
      const a = r.ranked[0];
      const b = r2.ranked[0];
      if (b && (!a || b.matched > a.matched || (b.matched === a.matched && b.score > a.score))) {
        r = r2;
        searched = alt;
        switchedLayout = true;
      }
    }
    const docIds = r.ranked.map((t) => t.doc);
    const need = new Set(
      docIds
        .filter((d) => !this.stored(d))
        .map((d) => shardOf(this.core.docShards, d))
        .filter((n) => !this.docs.has(n)),
    );
    await Promise.all([...need].map(async (n) => this.docs.set(n, (await load('d', n)) as DocShard)));
    const isHit = hitTest(r.terms);
    const results = docIds.flatMap((d): SearchResult[] => {
      const found = this.stored(d, isHit);
      if (!found) return [];
      const [kind, url, title, context, text] = found.doc;
      // An excerpt is already cut to snippet length, «…» included.
      const shown = found.whole ? snippet(text, isHit) : markAll(text, isHit);
      return [{ kind, url, title: markAll(title, isHit), context, snippet: shown }];
    });
    return { searched, switchedLayout, total: r.total, results };
  }
}
