import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalize, words, wordSpans, STOPWORDS } from '../../../src/lib/search/normalize';
import { stem } from '../../../src/lib/search/stem';
import { hasLatin, toRussianLayout } from '../../../src/lib/search/layout';

describe('normalize', () => {
  test.each([
    ['Счёт', 'счет'],
    ['ЁЛКА', 'елка'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['И\u0306од', 'йод'],
  ])('%s → %s', (input, out) => expect(normalize(input)).toBe(out));

  test('«й» is kept as «й»', () => {
    expect(normalize('Займ')).toBe('займ');
    expect(normalize('займ')).not.toBe('заим');
  });

  test('words are letters and digits; punctuation separates them', () => {
    expect(words('ГК РФ, ст. 196: «три года»!')).toEqual(['гк', 'рф', 'ст', '196', 'три', 'года']);
    expect(words('—')).toEqual([]);
  });

  test('word spans point at the words of the original text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const span of wordSpans(s)) expect(normalize(s.slice(span.start, span.end))).toBe(span.word);
      }),
    );
  });

  test('stop words are normalised forms', () => {
    for (const w of STOPWORDS) expect(normalize(w)).toBe(w);
  });
});

describe('stem', () => {
  test.each([
    [['рассрочку', 'рассрочки', 'рассрочка', 'рассрочкой', 'рассрочке']],
    [['претензия', 'претензию', 'претензии', 'претензией']],
    [['клиент', 'клиента', 'клиенту', 'клиентом']],
    [['счет', 'счета', 'счету']],
    [['госпошлина', 'госпошлину', 'госпошлины']],
  ])('word forms share a stem: %j', (forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  test('non-Cyrillic and short words are left as they are', () => {
    expect(stem('net')).toBe('net');
    expect(stem('196')).toBe('196');
    expect(stem('ип')).toBe('ип');
  });

  test('a stem is always a prefix of its word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[а-я]{1,15}$/), (w) => {
        expect(w.startsWith(stem(w))).toBe(true);
      }),
    );
  });
});

describe('keyboard layout', () => {
  test.each([
    ['hfcchjxrf', 'рассрочка'],
    ['ghtntypbz', 'претензия'],
    ['CXTN', 'СЧЕТ'],
    ['frn cdthrb', 'акт сверки'],
    ['`krf', 'ёлка'],
    ['2/10', '2/10'],
  ])('%s → %s', (typed, meant) => expect(toRussianLayout(typed)).toBe(meant));

  test('Latin letters are noticed', () => {
    expect(hasLatin('hfcchjxrf')).toBe(true);
    expect(hasLatin('рассрочка 2026')).toBe(false);
  });
});
