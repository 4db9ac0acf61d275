import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Nav from '../../../src/lib/site/nav';
import type * as Routes from '../../../src/lib/site/routes';

/**
 * The breadcrumbs a page shows (Breadcrumbs.astro): links to each crumb but the last, which is the page itself.
 * The routes of a build take their base from Vite's BASE_URL (SITE_BASE), so each base re-imports the modules.
 */
describe.each([
  { base: '/', p: '' },
  { base: '/kp/', p: '/kp' },
])('breadcrumbs under base "$base"', ({ base, p }) => {
  let trail: typeof Nav.trail;
  let routes: typeof Routes.routes;
  beforeAll(async () => {
    vi.stubEnv('BASE_URL', base);
    vi.resetModules();
    ({ trail } = await import('../../../src/lib/site/nav'));
    ({ routes } = await import('../../../src/lib/site/routes'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('starts at the home page of the base', () => {
    expect(trail()).toEqual([{ href: `${p}/`, label: 'Главная' }]);
  });

  it.each([
    {
      page: 'a guide page',
      steps: (): [string, string][] => [
        [routes.guide(), 'Гайд'],
        [routes.guide('sud'), 'Суд'],
      ],
      labels: ['Главная', 'Гайд', 'Суд'],
      hrefs: ['/', '/guide/', '/guide/sud/'],
    },
    {
      page: 'a later page of a guide section',
      steps: (): [string, string][] => [
        [routes.guide(), 'Гайд'],
        [routes.guideSection('yuridicheskiy-put', 2), 'Юридический путь, страница 2'],
      ],
      labels: ['Главная', 'Гайд', 'Юридический путь, страница 2'],
      hrefs: ['/', '/guide/', '/guide/razdel/yuridicheskiy-put/2/'],
    },
    {
      page: 'a question of the decision tree',
      steps: (): [string, string][] => [
        [routes.plan(), 'Что делать'],
        [routes.question('reason'), 'Вопрос'],
      ],
      labels: ['Главная', 'Что делать', 'Вопрос'],
      hrefs: ['/', '/plan/', '/plan/q/reason/'],
    },
    {
      page: 'the checklist',
      steps: (): [string, string][] => [[routes.checklist(), 'Чек-лист']],
      labels: ['Главная', 'Чек-лист'],
      hrefs: ['/', '/checklist/'],
    },
  ])('on $page: the labels in order, each link under the base, the page itself last', ({ steps, labels, hrefs }) => {
    const crumbs = trail(...steps());
    expect(crumbs.map((c) => c.label)).toEqual(labels);
    expect(crumbs.map((c) => c.href)).toEqual(hrefs.map((h) => `${p}${h}`));
    expect(crumbs.at(-1)).toEqual({ href: `${p}${hrefs.at(-1)}`, label: labels.at(-1) });
    for (const c of crumbs) expect(c.href.startsWith(`${p}/`) && c.href.endsWith('/')).toBe(true);
  });
});
