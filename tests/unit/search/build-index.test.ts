import { describe, expect, test } from 'vitest';
import { buildIndex, docTerms } from '../../../src/lib/search/build-index';
import { gzipSync } from 'node:zlib';
import { decodeIndexFile, shardFile, shardOf } from '../../../src/lib/search/format';
import { Vocabulary } from '../../../src/lib/search/vocabulary';
import type { SearchDoc } from '../../../src/lib/search/doc';
import { FIXTURE } from './fixture';

const doc = (id: string, title: string, text: string, keywords?: string[]): SearchDoc => ({
  id,
  kind: 'guide',
  url: `/x/#${id}`,
  title,
  context: 'Гайд',
  text,
  ...(keywords ? { keywords } : {}),
});

describe('docTerms', () => {
  test('title beats keyword beats repeated text beats text once; stop words are left out', () => {
    const t = docTerms(doc('a', 'Рассрочка', 'Долг и долги, и срок.', ['отсрочка']));
    expect(t.get('рассрочк')).toBe(3);
    expect(t.get('отсрочк')).toBe(2);
    expect(t.get('долг')).toBe(1);
    expect(t.get('срок')).toBe(0);
    expect(t.has('и')).toBe(false);
  });
});

describe('buildIndex', () => {
  const files = buildIndex(FIXTURE, { bucketChars: 200, perTerm: 2, charsPerDocShard: 300 });
  const terms = files.core.terms.split(' ');

  test('the vocabulary is sorted and unique, and every document is stored once', () => {
    expect([...terms].sort()).toEqual(terms);
    expect(new Set(terms).size).toBe(terms.length);
    expect(files.docs.flat()).toHaveLength(FIXTURE.length);
    expect(files.core.docs).toBe(FIXTURE.length);
  });

  test('buckets cover the vocabulary in order and are cut only where the first letters change', () => {
    expect(files.core.buckets[0]).toBe(0);
    expect(files.buckets.flatMap((b) => b.p)).toHaveLength(terms.length);
    expect(files.buckets.length).toBe(files.core.buckets.length);
    expect(files.buckets.length).toBeGreaterThan(1);
    for (const start of files.core.buckets.slice(1)) {
      // Two letters; three when a pair alone is far larger than a bucket, as with these tiny buckets.
      expect(terms[start]?.slice(0, 3)).not.toBe(terms[start - 1]?.slice(0, 3));
    }
    expect(files.docs.length).toBe(files.core.docShards.length);
  });

  test('postings decode to the documents that contain the term', () => {
    const t = terms.indexOf('претенз');
    const n = shardOf(files.core.buckets, t);
    let id = 0;
    const ids = (files.buckets[n]?.p[t - (files.core.buckets[n] ?? 0)] ?? []).map((e) => (id += e >> 2));
    const expected = FIXTURE.flatMap((d, i) => (/претенз/i.test(`${d.title} ${d.text}`) ? [i] : []));
    expect(ids).toEqual(expected);
  });

  test('a bucket carries, cut to an excerpt showing the word, the documents its terms rank first', () => {
    const long = doc('long', 'Сроки', `${'Вводный текст без нужного слова. '.repeat(12)}Здесь про рассрочку платежа.`);
    const built = buildIndex([doc('a', 'Рассрочка', 'Коротко.'), long, doc('b', 'Прочее', 'Про рассрочку.')], {
      perTerm: 2,
    });
    const t = built.core.terms.split(' ').indexOf('рассрочк');
    const bucket = built.buckets[shardOf(built.core.buckets, t)];
    // The title match first, then the earliest document: two for this term.
    expect(bucket?.r.map(([id]) => id)).toEqual(expect.arrayContaining([0, 1]));
    const excerpt = bucket?.r.find(([id, , , , , text]) => id === 1 && text.includes('рассрочк'))?.[5] ?? '';
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt).toContain('рассрочку');
    expect(excerpt.length).toBeLessThanOrEqual(182);
  });

  test("a page's sections share a document shard", () => {
    const sections = Array.from({ length: 6 }, (_, i) => ({
      ...doc(`p#${i}`, `Раздел ${i}`, 'Текст раздела. '.repeat(10)),
      url: `/guide/p/#${i}`,
    }));
    const built = buildIndex([...sections, { ...doc('q', 'Другая', 'Текст.'), url: '/guide/q/' }], {
      charsPerDocShard: 100,
    });
    expect(built.core.docShards).toEqual([0, 6]);
  });

  test('the hash changes with the content and names the files', () => {
    const other = buildIndex(FIXTURE.slice(1));
    expect(other.core.hash).not.toBe(files.core.hash);
    expect(shardFile('b', 3, files.core.hash)).toBe(`b3.${files.core.hash}.json.gz`);
  });

  test('duplicate ids are refused, naming the id', () => {
    expect(() => buildIndex([doc('a', 'Раз', 'текст'), doc('a', 'Два', 'текст')])).toThrow(/"a"/);
  });

  test('an empty site still gives a valid index', () => {
    const empty = buildIndex([]);
    expect(empty.core.terms).toBe('');
    expect(empty.buckets).toEqual([{ p: [], r: [] }]);
  });
});

describe('decodeIndexFile', () => {
  test('reads the gzip-compressed file, and plain JSON when a server already decompressed it', async () => {
    const data = { v: 2, terms: 'рассрочк' };
    const json = new TextEncoder().encode(JSON.stringify(data));
    expect(await decodeIndexFile(new Uint8Array(gzipSync(json)))).toEqual(data);
    expect(await decodeIndexFile(json)).toEqual(data);
  });
});

describe('shardOf', () => {
  test.each([
    [[0], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
  ])('starts %j, item %i → shard %i', (starts, i, n) => expect(shardOf(starts, i)).toBe(n));
});

describe('Vocabulary', () => {
  const v = new Vocabulary(['долг', 'клиент', 'клиентск', 'претенз', 'рассрочк']);
  test('exact, prefix and fuzzy lookups', () => {
    expect(v.indexOf('клиент')).toBe(1);
    expect(v.indexOf('клиен')).toBe(-1);
    expect(v.withPrefix('клиен', 5)).toEqual([1, 2]);
    expect(v.fuzzy('клиетн', 3)[0]?.[0]).toBe(1);
    expect(v.fuzzy('щщщщщ', 3)).toEqual([]);
  });
});
