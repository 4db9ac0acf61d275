import { describe, expect, test } from 'vitest';
import { hitTest, markAll, snippet } from '../../../src/lib/search/snippet';

const isHit = hitTest(['рассрочк']);
const marked = (parts: [string, boolean][]): string => parts.map(([t, m]) => (m ? `[${t}]` : t)).join('');

describe('snippets', () => {
  test('the matched word forms are marked', () => {
    expect(marked(markAll('Предложите рассрочку: рассрочка удобна.', isHit))).toBe(
      'Предложите [рассрочку]: [рассрочка] удобна.',
    );
  });

  test('a word much longer than the term is not a form of it', () => {
    expect(marked(markAll('рассрочкаааааааа', isHit))).toBe('рассрочкаааааааа');
  });

  test('a long text is cut around the first match, at word boundaries, with «…»', () => {
    const text = `${'Вступление без нужных слов. '.repeat(20)}Здесь про рассрочку и график. ${'Хвост текста. '.repeat(20)}`;
    const s = snippet(text, isHit, 120);
    const plain = s.map(([t]) => t).join('');
    expect(s[0]).toEqual(['…', false]);
    expect(s[s.length - 1]).toEqual(['…', false]);
    expect(plain.length).toBeLessThanOrEqual(124);
    expect(marked(s)).toContain('[рассрочку]');
    expect(text).toContain(plain.replace(/^…|…$/g, ''));
  });

  test('a long text with no match starts at the beginning', () => {
    const s = snippet('Слово '.repeat(100), isHit, 50);
    expect(s[0]?.[0].startsWith('Слово')).toBe(true);
  });

  test('a short text is shown whole', () => {
    expect(marked(snippet('Коротко о рассрочке.', isHit))).toBe('Коротко о [рассрочке].');
  });
});
