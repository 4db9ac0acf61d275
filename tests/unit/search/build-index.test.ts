import { describe, expect, test } from 'vitest';
import { buildIndex, docTerms } from '../../../src/lib/search/build-index';
import { shardFile, shardOf } from '../../../src/lib/search/format';
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
  const files = buildIndex(FIXTURE, { postingsPerShard: 30, charsPerDocShard: 300 });

  test('the vocabulary is sorted and unique, and every document is stored once', () => {
    const terms = files.core.terms.split(' ');
    expect([...terms].sort()).toEqual(terms);
    expect(new Set(terms).size).toBe(terms.length);
    expect(files.docs.flat()).toHaveLength(FIXTURE.length);
    expect(files.core.docs).toBe(FIXTURE.length);
  });

  test('shards cover the vocabulary and documents in order', () => {
    expect(files.core.termShards[0]).toBe(0);
    expect(files.postings.flat()).toHaveLength(files.core.terms.split(' ').length);
    expect(files.postings.length).toBe(files.core.termShards.length);
    expect(files.docs.length).toBe(files.core.docShards.length);
    expect(files.docs.length).toBeGreaterThan(1);
  });

  test('postings decode to the documents that contain the term', () => {
    const terms = files.core.terms.split(' ');
    const t = terms.indexOf('претенз');
    const n = shardOf(files.core.termShards, t);
    let id = 0;
    const ids = (files.postings[n]?.[t - (files.core.termShards[n] ?? 0)] ?? []).map((e) => (id += e >> 2));
    const expected = FIXTURE.flatMap((d, i) => (/претенз/i.test(`${d.title} ${d.text}`) ? [i] : []));
    expect(ids).toEqual(expected);
  });

  test('the hash changes with the content and names the shard files', () => {
    const other = buildIndex(FIXTURE.slice(1));
    expect(other.core.hash).not.toBe(files.core.hash);
    expect(shardFile('t', 3, files.core.hash)).toBe(`t3.${files.core.hash}.json`);
  });

  test('duplicate ids are refused, naming the id', () => {
    expect(() => buildIndex([doc('a', 'Раз', 'текст'), doc('a', 'Два', 'текст')])).toThrow(/"a"/);
  });

  test('an empty site still gives a valid index', () => {
    const empty = buildIndex([]);
    expect(empty.core.terms).toBe('');
    expect(empty.postings).toEqual([[]]);
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
