// A synthetic site of N guide pages for the search bench and budget test, made of real Russian sentences
// recombined, plus new words on every page (a real site's vocabulary keeps growing with its size).
import type { SearchDoc } from '../../src/lib/search/doc';

/** A small seeded random generator (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences and headings taken from existing documents. */
export function sentencePool(docs: readonly Pick<SearchDoc, 'title' | 'text'>[]): {
  sentences: string[];
  titles: string[];
} {
  const sentences = docs.flatMap((d) => d.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  return { sentences, titles: docs.map((d) => d.title) };
}

/** `pages` guide pages of about `sectionsPerPage` sections each, as search documents. */
export function syntheticSite(
  pool: { sentences: string[]; titles: string[] },
  pages: number,
  sectionsPerPage = 8,
  seed = 1,
): SearchDoc[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const words = pool.sentences.flatMap((s) => s.split(/\s+/)).filter((w) => /^[а-яё]{5,}$/i.test(w));
  const newWord = (): string => {
    const a = pick(words);
    const b = pick(words);
    return a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2));
  };
  const docs: SearchDoc[] = [];
  for (let p = 0; p < pages; p++) {
    const fresh = Array.from({ length: 12 }, newWord);
    const name = `${pick(pool.titles)} ${p}`;
    for (let s = 0; s < sectionsPerPage; s++) {
      const title = s === 0 ? name : pick(pool.titles);
      const n = 3 + Math.floor(rnd() * 6);
      const text = Array.from({ length: n }, () => {
        const sentence = pick(pool.sentences);
        return rnd() < 0.5 ? `${sentence} ${pick(fresh)} ${pick(fresh)}.` : sentence;
      }).join(' ');
      docs.push({
        id: `guide:p${p}#s${s}`,
        kind: 'guide',
        url: `/guide/p${p}/#s${s}`,
        title,
        context: `Гайд › ${name}`,
        text,
      });
    }
  }
  return docs;
}

/** Queries a user might type: word forms, typos, wrong layout, several words. */
export const BENCH_QUERIES: readonly string[] = [
  'рассрочка',
  'рассрочку',
  'hfcchjxrf',
  'претензя',
  'клиетн не платит',
  'срок исковой давности',
  'госпошлина суд',
  'акт сверки',
  'счёт',
  'проценты за просрочку',
  'как предложить скидку',
  'коллекторы',
];

/** Every prefix of each query, as the user types it letter by letter. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries
    .flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)))
    .filter((q) => q.trim().length > 0);
}
