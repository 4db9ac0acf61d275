import { describe, expect, test } from 'vitest';
import { guideSearchDocs, type GuideSource } from '../../../src/lib/search/guide-docs';
import { mdxToText } from '../../../src/lib/search/markdown-text';

const page: GuideSource = {
  slug: 'sud',
  title: 'Суд: приказ или иск',
  navTitle: 'Суд',
  description: 'Какой суд выбрать и сколько стоит госпошлина.',
  keywords: ['суд', 'госпошлина'],
  body: [
    "import Aside from '../../src/components/mdx/Aside.astro';",
    '',
    'Вступление со [ссылкой](/guide/pretenziya/).',
    '',
    '## Госпошлина',
    '',
    '<LegalFact source="НК РФ ст. 333.19" asOf="2026-02-16">Размер зависит от **суммы**.</LegalFact>',
    '',
    '### Пошлина за приказ',
    '',
    '| Сумма | Пошлина |',
    '|---|---|',
    '| до 100 000 ₽ | 2 000 ₽ |',
    '',
    '```',
    '## не заголовок',
    '```',
    '## Перед подачей',
    '',
    '- Проверьте срок.',
  ].join('\n'),
  headings: [
    { depth: 2, slug: 'госпошлина', text: 'Госпошлина' },
    { depth: 3, slug: 'пошлина-за-приказ', text: 'Пошлина за приказ' },
    { depth: 2, slug: 'перед-подачей', text: 'Перед подачей' },
  ],
};

describe('guideSearchDocs', () => {
  const docs = guideSearchDocs(page);

  test('one document for the introduction and one per h2/h3 section, linked by the heading id', () => {
    expect(docs.map((d) => d.url)).toEqual([
      '/guide/sud/',
      '/guide/sud/#госпошлина',
      '/guide/sud/#пошлина-за-приказ',
      '/guide/sud/#перед-подачей',
    ]);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(docs.every((d) => d.kind === 'guide')).toBe(true);
  });

  test('sections carry their text, without markup', () => {
    expect(docs[0]?.text).toContain('Вступление со ссылкой');
    expect(docs[0]?.keywords).toEqual(['суд', 'госпошлина']);
    expect(docs[1]?.text).toContain('НК РФ ст. 333.19');
    expect(docs[1]?.text).toContain('Размер зависит от суммы');
    expect(docs[2]?.text).toContain('до 100 000 ₽');
    expect(docs[2]?.context).toBe('Гайд › Суд › Госпошлина');
    expect(docs[3]?.context).toBe('Гайд › Суд');
  });

  test('headings that do not line up with the rendered ones fail, naming the page', () => {
    expect(() => guideSearchDocs({ ...page, headings: page.headings.slice(1) })).toThrow(/"sud"/);
  });
});

describe('mdxToText', () => {
  test.each([
    ['**жирный** и _курсив_', 'жирный и курсив'],
    ['[текст](/x/)', 'текст'],
    ['> цитата', 'цитата'],
    ['1. пункт', 'пункт'],
    ['export const a = 1;\nтекст', 'текст'],
    ['![схема](/a.png)', 'схема'],
  ])('%s → %s', (md, text) => expect(mdxToText(md)).toBe(text));
});
