import { describe, expect, it } from 'vitest';
import { createRoutes, normalizeBase, routes, sitePaths } from '../../../src/lib/site/routes';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kp', '/kp/'],
    ['/kp', '/kp/'],
    ['/kp/', '/kp/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe.each([
  { base: '/', p: '' },
  { base: '/kp/', p: '/kp' },
  { base: 'klient', p: '/klient' },
])('routes under base "$base"', ({ base, p }) => {
  const r = createRoutes(normalizeBase(base));
  it.each([
    ['home', r.home(), `${p}/`],
    ['guide index', r.guide(), `${p}/guide/`],
    ['guide page', r.guide('sud'), `${p}/guide/sud/`],
    ['guide heading', r.guide('sud', 'срок'), `${p}/guide/sud/#срок`],
    ['guide section', r.guideSection('chto-delat'), `${p}/guide/razdel/chto-delat/`],
    ['guide section, page 1', r.guideSection('chto-delat', 1), `${p}/guide/razdel/chto-delat/`],
    ['guide section, next page', r.guideSection('yuridicheskiy-put', 2), `${p}/guide/razdel/yuridicheskiy-put/2/`],
    ['tree start', r.plan(), `${p}/plan/`],
    ['question', r.question('reason'), `${p}/plan/q/reason/`],
    ['question with answers', r.question('money', '?a=reason:money'), `${p}/plan/q/money/?a=reason:money`],
    ['outcome', r.outcome('court-order', 'a=x:y'), `${p}/plan/court-order/?a=x:y`],
    ['outcome without query', r.outcome('court-order', ''), `${p}/plan/court-order/`],
    ['all outcomes', r.allOutcomes(), `${p}/plan/vse-varianty/`],
    ['calculator', r.calculator(), `${p}/calculator/`],
    [
      'calculator state',
      r.calculator(new URLSearchParams({ mode: 'discount', amount: '1000' }).toString()),
      `${p}/calculator/?mode=discount&amount=1000`,
    ],
    ['checklist', r.checklist(), `${p}/checklist/`],
    ['checklist now', r.checklist('now=listen,agree-date'), `${p}/checklist/?now=listen,agree-date`],
    ['checklist item', r.checklist(undefined, 'listen'), `${p}/checklist/#listen`],
    ['search', r.search(), `${p}/search/`],
    [
      'search query',
      r.search('суд & пошлина'),
      `${p}/search/?q=%D1%81%D1%83%D0%B4%20%26%20%D0%BF%D0%BE%D1%88%D0%BB%D0%B8%D0%BD%D0%B0`,
    ],
    ['search data', r.searchData('core.json'), `${p}/search/data/core.json`],
    ['claim', r.claim(), `${p}/claim/`],
    ['documents', r.documents(), `${p}/documents/`],
    ['one document', r.documents('claim'), `${p}/documents/?doc=claim`],
    ['asset', r.asset('favicon.svg'), `${p}/favicon.svg`],
    ['content site path', r.path('/guide/sud/#срок'), `${p}/guide/sud/#срок`],
    ['external link', r.path('https://example.org/x/'), 'https://example.org/x/'],
    ['protocol-relative link', r.path('//example.org/x/'), '//example.org/x/'],
    ['anchor', r.path('#x'), '#x'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    [`${p}/plan/q/reason/`, '/plan/q/reason/'],
    [`${p}/`, '/'],
    [p || '/', '/'],
  ])('site path of %s is %s', (urlPath, sitePath) => {
    expect(r.sitePath(urlPath)).toBe(sitePath);
  });

  it('a path outside the base has no site path', () => {
    expect(r.sitePath('/elsewhere/plan/')).toBe(p ? null : '/elsewhere/plan/');
  });
});

it('the bound routes use the build base (Vitest: "/")', () => {
  expect(routes.base).toBe('/');
  expect(routes.outcome('x')).toBe('/plan/x/');
});

it('site paths (content, search documents, checks) never carry a base, whatever the build', () => {
  expect(sitePaths.claim()).toBe('/claim/');
  expect(sitePaths.checklist(undefined, 'find-reason')).toBe('/checklist/#find-reason');
  expect(sitePaths.guide('sud', 'срок')).toBe('/guide/sud/#срок');
  expect(createRoutes('/kp/').path(sitePaths.guideSection('chto-delat', 2))).toBe('/kp/guide/razdel/chto-delat/2/');
});
