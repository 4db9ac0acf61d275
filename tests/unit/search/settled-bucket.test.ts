import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildIndex } from '../../../src/lib/search/build-index';
import { shardData, type IndexFiles } from '../../../src/lib/search/format';
import { words } from '../../../src/lib/search/normalize';
import { Searcher } from '../../../src/lib/search/searcher';
import { shortestStem, stem } from '../../../src/lib/search/stem';
import { FIXTURE } from './fixture';

const prefixes = (w: string): string[] => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1));

describe('shortestStem', () => {
  const realWords = [
    'рассрочка',
    'рассрочкой',
    'претензиями',
    'оплачивающимися',
    'госпошлина',
    'взыскавшись',
    'исковая',
    'давностью',
    'задолженность',
    'ответственнейшее',
    'платежами',
    'договоренность',
    ...FIXTURE.flatMap((d) => words(`${d.title} ${d.text}`)),
  ];

  test.each(['рассрочка', 'претензиями', 'оплачивающимися', 'ответственнейшее'])(
    'no prefix of «%s» promises a longer stem than the word has',
    (w) => {
      for (const p of prefixes(w)) expect(stem(w).length).toBeGreaterThanOrEqual(shortestStem(p));
    },
  );

  test('holds for every word of the fixture and for any Cyrillic letters', () => {
    for (const w of realWords)
      for (const p of prefixes(w)) expect(stem(w).length).toBeGreaterThanOrEqual(shortestStem(p));
    const word = fc.string({
      unit: fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщъыьэюя'),
      minLength: 1,
      maxLength: 16,
    });
    fc.assert(
      fc.property(word, (w) => prefixes(w).every((p) => stem(w).length >= shortestStem(p))),
      { numRuns: 3000 },
    );
  });

  test('is the prefix itself for Latin letters and digits, which are not stemmed', () => {
    expect(shortestStem('hfcc')).toBe(4);
    expect(shortestStem('2024')).toBe(4);
  });

  test('lets a prefix ending in letters no ending starts with keep all of them', () => {
    expect(shortestStem('рассрочк')).toBe(8);
    expect(shortestStem('госпошл')).toBe(6); // «л» is an ending («госпошл» could be read as a verb's past)
  });
});

/** The buckets a query loads when pasted (all at once). */
async function pasted(files: IndexFiles, query: string): Promise<Set<number>> {
  const loaded = new Set<number>();
  const s = new Searcher(files.core, (k, n) => {
    if (k === 'b') loaded.add(n);
    return Promise.resolve(shardData(files, k, n));
  });
  await s.search(query);
  return loaded;
}

describe('settledBucket: the bucket fetched at once while a word is typed', () => {
  // Small buckets, so the fixture's words spread over many files as a large site's do.
  const files = buildIndex(FIXTURE, { bucketChars: 300 });
  const searcher = new Searcher(files.core, (k, n) => Promise.resolve(shardData(files, k, n)));
  const typed = (query: string): Set<number> =>
    new Set(prefixes(query).flatMap((p) => searcher.settledBucket(p) ?? []));

  test('the fixture spreads over several buckets', () => {
    expect(files.core.buckets.length).toBeGreaterThan(5);
  });

  test('typing a word key by key fetches no bucket the pasted word would not load', async () => {
    const queries = [
      ...new Set(FIXTURE.flatMap((d) => words(`${d.title} ${d.text}`)).filter((w) => w.length >= 3)),
      'исковая давность',
      'рассрочку',
      'госпошлины',
    ];
    for (const q of queries) {
      const paste = await pasted(files, q);
      for (const n of typed(q)) expect(paste, `«${q}»`).toContain(n);
    }
  });

  test('most words are settled before their last letter, so their results need no wait after it', async () => {
    for (const q of ['рассрочка', 'госпошлина']) {
      const early = searcher.settledBucket(q.slice(0, -2));
      expect(early, q).toBeDefined();
      expect(await pasted(files, q)).toContain(early);
    }
    const long = [...new Set(FIXTURE.flatMap((d) => words(d.text)))].filter((w) => w.length >= 6);
    const early = long.filter((w) => searcher.settledBucket(w.slice(0, -1)) !== undefined);
    // Even with buckets of a few terms each (a large site has hundreds of terms a bucket).
    expect(early.length / long.length).toBeGreaterThan(0.4);
  });

  test('nothing is fetched early for a word that may become a stopword, a typo or a finished word', () => {
    expect(searcher.settledBucket('ка')).toBeUndefined(); // «как»
    expect(searcher.settledBucket('щщщщ')).toBeUndefined();
    expect(searcher.settledBucket('рассрочка ')).toBeUndefined();
  });
});
