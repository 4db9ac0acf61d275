import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, headTitle, isCurrentSection, pageTitle } from '../../../src/lib/site/nav';
import { isNoindexPath } from '../../../src/lib/site/indexing';

describe('site helpers', () => {
  it('appends the site name to page titles, except on the home page', () => {
    expect(pageTitle('Гайд')).toBe('Гайд — Клиент не платит');
    expect(pageTitle('Клиент не платит: что делать', true)).toBe('Клиент не платит: что делать');
  });

  it('leaves the site name out when the title and the name would be longer than 70 characters', () => {
    const fits = 'Д'.repeat(51); // 51 + « — » + 16 = 70
    expect(headTitle(fits)).toBe(`${fits} — Клиент не платит`);
    expect(headTitle(fits).length).toBe(70);
    const long = 'Условия оплаты не согласованы: как договориться и что делать';
    expect(headTitle(long)).toBe(long);
    expect(headTitle('Клиент не платит: что делать', true)).toBe('Клиент не платит: что делать');
  });

  it.each([
    ['/guide/', '/guide/sud/', true],
    ['/guide/', '/guide/', true],
    ['/plan/', '/guide/', false],
  ])('section %s is current for %s: %s', (href, path, expected) => {
    expect(isCurrentSection(href, path)).toBe(expected);
  });

  it('builds a BreadcrumbList with absolute URLs in order', () => {
    const data = breadcrumbJsonLd(
      [
        { href: '/', label: 'Главная' },
        { href: '/guide/', label: 'Гайд' },
      ],
      new URL('https://example.ru'),
    );
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Главная', item: 'https://example.ru/' },
      { '@type': 'ListItem', position: 2, name: 'Гайд', item: 'https://example.ru/guide/' },
    ]);
  });

  it.each([
    ['/search/', true],
    ['/plan/q/who/', true],
    ['/404/', true],
    ['/guide/sud/', false],
    ['/plan/', false],
  ])('noindex for %s: %s', (path, expected) => {
    expect(isNoindexPath(path)).toBe(expected);
  });
});
