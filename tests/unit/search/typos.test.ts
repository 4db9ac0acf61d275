import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { closeEnough, editDistance, maxTypos, Vocabulary } from '../../../src/lib/search/vocabulary';

describe('editDistance', () => {
  test.each([
    ['клиент', 'клиент', 0],
    ['клиетн', 'клиент', 1],
    ['рассрчк', 'рассрочк', 1],
    ['госпошлн', 'госпошлин', 1],
    ['йогурт', 'могут', 2],
    ['крокод', 'проход', 2],
    ['абырвалг', 'абырвал', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
    expect(editDistance(b, a, 5)).toBe(d);
  });

  test('stops at max + 1 once the words are further apart than that', () => {
    expect(editDistance('абырвалг', 'главрыба', 2)).toBe(3);
    expect(editDistance('долг', 'рассрочк', 1)).toBe(2);
  });

  test('is symmetric, zero only for equal words, and never more than max + 1', () => {
    const word = fc.string({ unit: fc.constantFrom(...'абвгдеклмнорст'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const d = editDistance(a, b, max);
        expect(d).toBe(editDistance(b, a, max));
        expect(d).toBeLessThanOrEqual(max + 1);
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});

describe('closeEnough: how many typos a query word may carry', () => {
  test('one typo up to five letters, two beyond', () => {
    expect(maxTypos(5)).toBe(1);
    expect(maxTypos(6)).toBe(2);
    expect(closeEnough('долк', 'долг')).toBe(true);
    expect(closeEnough('дилк', 'долг')).toBe(false);
    expect(closeEnough('росрочк', 'просрочк')).toBe(true);
    expect(closeEnough('прсрчк', 'просрочк')).toBe(true);
  });
  test('two typos need the first letter right', () => {
    expect(closeEnough('йогурт', 'могут')).toBe(false);
    expect(closeEnough('крокод', 'проход')).toBe(false);
    expect(closeEnough('хлиетн', 'клиент')).toBe(false);
    expect(closeEnough('клеитн', 'клиент')).toBe(true);
  });
  test('the vocabulary offers no term for a word that is not near any', () => {
    const v = new Vocabulary(['долг', 'клиент', 'могут', 'проход', 'рассрочк']);
    expect(v.fuzzy('йогурт', 5)).toEqual([]);
    expect(v.fuzzy('крокод', 5)).toEqual([]);
    expect(v.fuzzy('клиетн', 5).map(([i]) => v.terms[i])).toEqual(['клиент']);
  });
});
