import Fuse from 'fuse.js/basic';

/** Fuse's options for matching a query word against single vocabulary terms. */
const FUSE_OPTIONS = { includeScore: true, threshold: 0.34, location: 0, distance: 4, minMatchCharLength: 2 } as const;

/** Most terms handed to Fuse for one query word (those sharing the most letter pairs with it). */
const MAX_FUZZY_CANDIDATES = 120;

/**
 * How many typos a word of this length may carry and still mean a vocabulary term: one up to five letters,
 * two beyond. A second typo also needs the first letter right — «йогурт» is not «могут».
 */
export function maxTypos(length: number): number {
  return length <= 5 ? 1 : 2;
}

/**
 * Edit distance (insertions, deletions, substitutions and swaps of neighbouring letters, one each) between
 * two words, or `max + 1` as soon as it is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Whether `term` may be what `word` meant, typed with typos (see `maxTypos`). */
export function closeEnough(word: string, term: string): boolean {
  const max = maxTypos(word.length);
  const d = editDistance(word, term, max);
  return d <= 1 || (d <= max && word[0] === term[0]);
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

/**
 * The index's vocabulary (sorted stems) with the lookups a query needs: exact, prefix and fuzzy. Fuzzy
 * matching is Fuse's, run only on the terms that share enough letter pairs with the query word, so its cost
 * stays flat as the vocabulary grows.
 */
export class Vocabulary {
  private readonly grams = new Map<string, number[]>();
  private readonly fuse: Fuse<string>;
  private shared: Uint8Array | undefined;

  constructor(readonly terms: readonly string[]) {
    terms.forEach((t, i) => {
      for (const g of new Set(bigrams(t))) {
        let list = this.grams.get(g);
        if (!list) this.grams.set(g, (list = []));
        list.push(i);
      }
    });
    this.fuse = new Fuse<string>([], FUSE_OPTIONS);
  }

  /** Position of `term` in the sorted vocabulary, or where it would be inserted. */
  lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.terms[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of `term`, or -1. */
  indexOf(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** Indices of up to `limit` terms starting with `prefix`, shortest difference first. */
  withPrefix(prefix: string, limit: number): number[] {
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); out.length < limit && this.terms[i]?.startsWith(prefix); i++) out.push(i);
    return out;
  }

  /**
   * Terms within a couple of typos of `word` (Fuse's ranking, then an edit-distance check so that words the
   * site never uses find nothing), as [index, Fuse score (0 = exact … 1)], best first.
   */
  fuzzy(word: string, limit: number): [number, number][] {
    const qGrams = [...new Set(bigrams(word))];
    const shared = (this.shared ??= new Uint8Array(this.terms.length));
    const touched: number[] = [];
    for (const g of qGrams) {
      for (const i of this.grams.get(g) ?? []) {
        if (shared[i] === 0) touched.push(i);
        shared[i]!++;
      }
    }
    // Each typo breaks at most two letter pairs and changes the length by at most one.
    const typos = maxTypos(word.length);
    const need = Math.max(1, qGrams.length - 2 * typos);
    let ids = touched.filter(
      (i) => shared[i]! >= need && Math.abs((this.terms[i]?.length ?? 0) - word.length) <= typos,
    );
    if (ids.length > MAX_FUZZY_CANDIDATES) {
      ids = ids.sort((a, b) => shared[b]! - shared[a]!).slice(0, MAX_FUZZY_CANDIDATES);
    }
    for (const i of touched) shared[i] = 0;
    if (ids.length === 0) return [];
    this.fuse.setCollection(ids.map((i) => this.terms[i] ?? ''));
    return this.fuse
      .search(word)
      .filter((r) => closeEnough(word, r.item))
      .slice(0, limit)
      .map((r) => [ids[r.refIndex] ?? 0, r.score ?? 0]);
  }
}
