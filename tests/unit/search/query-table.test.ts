import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index';
import { shardData } from '../../../src/lib/search/format';
import { Searcher } from '../../../src/lib/search/searcher';
import { FIXTURE } from './fixture';

// Small files on purpose, so the table also exercises loading several buckets and document shards, and
// results shown from a bucket's excerpts as well as from whole documents.
const files = buildIndex(FIXTURE, { bucketChars: 200, perTerm: 2, charsPerDocShard: 400 });
const searcher = new Searcher(files.core, (kind, n) => Promise.resolve(shardData(files, kind, n)));
const urlOf = new Map(FIXTURE.map((d) => [d.url, d.id]));

async function topIds(query: string, n: number): Promise<string[]> {
  const r = await searcher.search(query, n);
  return r.results.map((x) => urlOf.get(x.url) ?? x.url);
}

/** [query, the id expected first] — word forms, typos, wrong layout, case and «ё», several words. */
const FIRST: [string, string][] = [
  ['рассрочка', 'guide:rassrochka'],
  ['рассрочку', 'guide:rassrochka'],
  ['рассрочки', 'guide:rassrochka'],
  ['рассрочкой', 'guide:rassrochka'],
  ['РАССРОЧКА', 'guide:rassrochka'],
  ['рассрчка', 'guide:rassrochka'],
  ['hfcchjxrf', 'guide:rassrochka'],
  ['рассро', 'guide:rassrochka'],
  ['соглашение о рассрочке', 'guide:rassrochka#соглашение'],
  ['претензия', 'guide:pretenziya'],
  ['претензя', 'guide:pretenziya'],
  ['претензию', 'guide:pretenziya'],
  ['ghtntypbz', 'guide:pretenziya'],
  ['что написать в претензии', 'guide:pretenziya#что-написать'],
  ['госпошлина', 'guide:sud#госпошлина'],
  ['госпошлину', 'guide:sud#госпошлина'],
  ['госпошлна', 'guide:sud#госпошлина'],
  ['судебный приказ', 'guide:sud#приказ'],
  ['исковая давность', 'guide:davnost'],
  ['срок исковой давности', 'guide:davnost'],
  ['давности', 'guide:davnost'],
  ['счет', 'guide:dokumenty#счёт'],
  ['счёт', 'guide:dokumenty#счёт'],
  ['Счёте', 'guide:dokumenty#счёт'],
  ['акт сверки', 'guide:dokumenty#акт-сверки'],
  ['frn cdthrb', 'guide:dokumenty#акт-сверки'],
  ['клиент не платит', 'guide:pochemu'],
  ['клиетн не платит', 'guide:pochemu'],
  ['проценты за просрочку', 'guide:procenty'],
  ['ключевая ставка', 'guide:procenty'],
  ['коллекторы', 'guide:kollektory'],
  ['цессия', 'guide:kollektory'],
  ['юристы', 'guide:yuristy#юрист'],
  ['условия оплаты', 'guide:usloviya'],
  ['качества', 'guide:kachestvo'],
  ['rfxtcndf', 'guide:kachestvo'],
  ['займ', 'guide:zaym'],
  ['учет', 'guide:uchet'],
  ['подтвердить письменно', 'check:confirm-writing'],
  ['журнал контактов', 'check:log-contact'],
  ['по частям', 'guide:rassrochka'],
];

describe('the query table: the expected advice comes first', () => {
  test.each(FIRST)('«%s» → %s', async (query, id) => {
    expect((await topIds(query, 5))[0]).toBe(id);
  });
});

/** Words the site never uses, nor anything within a typo or two of them: they must find nothing. */
const NOTHING = ['йогурт', 'абырвалг', 'крокодил', 'бегемот', 'кукуруза', 'пылесос', 'asdfgh', 'zzzzzz'];

describe('the query table: nonsense finds nothing', () => {
  test.each(NOTHING)('«%s» → no results', async (query) => {
    const r = await searcher.search(query, 5);
    expect(r.results).toEqual([]);
    expect(r.total).toBe(0);
  });
});

describe('several words: all of them count', () => {
  test('documents matching more of the words rank higher', async () => {
    const ids = await topIds('отправьте претензию клиент молчит', 3);
    expect(ids[0]).toBe('outcome:claim-letter');
  });
  test('a document with both words beats documents with one, which still follow', async () => {
    const r = await searcher.search('претензия суд', 10);
    expect(urlOf.get(r.results[0]?.url ?? '')).toBe('guide:pretenziya');
    expect(r.total).toBeGreaterThan(2);
  });
});

describe('what search does not do', () => {
  test('«й» is not read as «и»: «заим» does not find «займ» as an exact word', async () => {
    const r = await searcher.search('займ', 5);
    const s = await searcher.search('заим', 5);
    expect(r.results[0]?.title.some(([t, m]) => m && t === 'Займ')).toBe(true);
    expect(s.total).toBeLessThanOrEqual(r.total);
  });
  test('the layout is switched only when the typed query finds little', async () => {
    expect((await searcher.search('hfcchjxrf')).switchedLayout).toBe(true);
    expect((await searcher.search('рассрочка')).switchedLayout).toBe(false);
  });
  test('an empty or meaningless query finds nothing and does not throw', async () => {
    expect((await searcher.search('   ')).total).toBe(0);
    expect((await searcher.search('qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq')).results).toEqual([]);
    expect((await searcher.search('!!!')).total).toBe(0);
  });
  test('asking for fewer results gives the first of the longer list', async () => {
    for (const q of ['претензия', 'клиент платит', 'срок']) {
      const few = await searcher.search(q, 3);
      const many = await searcher.search(q, 50);
      expect(few.results).toEqual(many.results.slice(0, 3));
      expect(few.total).toBe(many.total);
    }
    expect((await searcher.search('претензия', 0)).results).toHaveLength(1);
  });
  test('a query of stop words alone is still searched: an answer, never an error', async () => {
    const r = await searcher.search('не');
    expect(r.searched).toBe('не');
    expect(r.total).toBe(r.results.length);
    expect(Number.isInteger(r.total)).toBe(true);
  });
});
