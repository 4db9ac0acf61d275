import { describe, expect, it } from 'vitest';
import { GuidePageSchema } from '../../../src/lib/content/guide-schema';

const valid = {
  title: 'Спор о качестве',
  description: 'Как разобраться с претензией к качеству и всё же получить оплату за сделанную работу.',
  section: 'reasons',
  order: 3,
  updated: '2026-11-27',
};

describe('GuidePageSchema', () => {
  it('accepts a complete page and fills defaults', () => {
    const page = GuidePageSchema.parse(valid);
    expect(page.keywords).toEqual([]);
    expect(page.legal).toBe(false);
    expect(page.updated.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('accepts a long heading when a short seoTitle comes with it', () => {
    const page = GuidePageSchema.parse({ ...valid, title: 'Т'.repeat(80), seoTitle: 'Короткий заголовок' });
    expect(page.seoTitle).toBe('Короткий заголовок');
  });

  it.each([
    ['a short description', { description: 'Коротко.' }, /description/],
    ['an unknown section', { section: 'misc' }, /section/],
    ['a non-integer order', { order: 1.5 }, /order/],
    ['an unknown key', { author: 'X' }, /author/],
    ['a missing title', { title: undefined }, /title/],
    ['a 71-character title without a short seoTitle', { title: 'Т'.repeat(71) }, /seoTitle/],
    ['a seoTitle longer than 70 characters', { title: 'Т'.repeat(71), seoTitle: 'С'.repeat(71) }, /seoTitle/],
  ])('refuses %s with a message naming the field', (_name, patch, message) => {
    const result = GuidePageSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
