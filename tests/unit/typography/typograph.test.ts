import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, typograph, typographContent } from '../../../src/lib/typography/typograph';
import { typographyProblems } from '../../../src/lib/typography/check';

const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');

describe('typograph: the site’s Russian typography rules', () => {
  it.each([
    ['до 1 200 000 ₽', 'до 1·200·000⍽₽'],
    ['50 % пошлины', '50⍽% пошлины'],
    ['ГК РФ ст. 203, п. 20; ч. 1', 'ГК РФ ст.⍽203, п.⍽20; ч.⍽1'],
    ['договор № 7', 'договор №⍽7'],
    ['от 100 001 – 1 000 000 ₽', 'от 100·001–1·000·000⍽₽'],
    ['работа - это важно', 'работа⍽— это важно'],
    ['5 декабря', '5⍽декабря'],
  ])('%s', (input, expected) => {
    expect(show(typograph(input))).toBe(expected);
  });

  it('leaves identifiers, years, decimals and hyphenated laws alone', () => {
    for (const s of ['230-ФЗ', '01.09.2024', '2024 год', '0,02 ÷ 0,98', 'из-за', 'http://a.b/c-d']) {
      expect(typograph(s)).toBe(s);
    }
  });

  it('keeps the spaces at the edges of a text node', () => {
    expect(typograph(' сумма 5 000 ₽ ')).toBe(` сумма 5${NNBSP}000${NBSP}₽ `);
  });

  it('is idempotent', () => {
    const once = typograph('Госпошлина — 50 % от 10 000 ₽ (НК РФ ст. 333.21 п. 1 пп. 3), № 18');
    expect(typograph(once)).toBe(once);
  });

  it('typographs prose in JSON content, never ids, links or keywords', () => {
    const data = {
      id: 'upto-750k',
      label: '750 000 ₽ или меньше',
      next: 'docs-business',
      upTo: 750000,
      guide: [{ href: '/guide/sud/#пороги-по-сумме', label: 'Пороги по сумме' }],
      keywords: ['30 дней'],
    };
    const out = typographContent(data);
    expect(out.label).toBe(`750${NNBSP}000${NBSP}₽ или меньше`);
    expect(out.id).toBe('upto-750k');
    expect(out.next).toBe('docs-business');
    expect(out.upTo).toBe(750000);
    expect(out.guide[0]?.href).toBe('/guide/sud/#пороги-по-сумме');
    expect(out.keywords).toEqual(['30 дней']);
  });
});

describe('typographyProblems: what the test on the built pages looks for', () => {
  it.each([
    ['до 750 000 ₽', 2],
    ['50 % пошлины', 1],
    ['договор № 7', 1],
    ['работа - это важно', 1],
  ])('finds the problems in «%s»', (text, count) => {
    expect(typographyProblems(text)).toHaveLength(count);
  });

  it('accepts typographed text and unit labels', () => {
    expect(typographyProblems(typograph('до 750 000 ₽, 50 %, № 7, работа - это важно, 230-ФЗ'))).toEqual([]);
    expect(typographyProblems('Сумма долга, ₽')).toEqual([]);
    expect(typographyProblems('Проценты, % годовых')).toEqual([]);
  });
});
