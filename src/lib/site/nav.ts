import { routes } from './routes';
import { TITLE_MAX } from './title-length';
import { pageTitle } from './title';

/** The site's main sections, shown in the header of every page. */
export const MAIN_NAV: readonly Crumb[] = [
  { href: routes.guide(), label: 'Гайд' },
  { href: routes.plan(), label: 'Что делать' },
  { href: routes.calculator(), label: 'Калькулятор' },
  { href: routes.claim(), label: 'Сколько требовать' },
  { href: routes.checklist(), label: 'Чек-лист' },
  { href: routes.documents(), label: 'Документы' },
  { href: routes.delo(), label: 'Моё дело' },
];

/** The footer's links: the header's sections, then search (the header has it as a button of its own). */
export const FOOTER_NAV: readonly Crumb[] = [...MAIN_NAV, { href: routes.search(), label: 'Поиск' }];

export { SITE_NAME, pageTitle } from './title';

/** A link in a breadcrumb trail. */
export interface Crumb {
  /** Root-relative URL with a trailing slash. */
  href: string;
  /** Visible text. */
  label: string;
}

/**
 * The <title> of a built page: pageTitle() when it stays within TITLE_MAX characters, else the title alone.
 * (Kept apart from pageTitle so the tree's island, at its 12 KB budget, does not carry the rule.)
 */
export function headTitle(title: string, isHome = false): string {
  const full = pageTitle(title, isHome);
  return full.length > TITLE_MAX ? title : full;
}

/** Whether a header link is the current section for a path. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/** schema.org BreadcrumbList for a trail, with absolute URLs. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: new URL(c.href, site).href,
    })),
  };
}

/** A breadcrumb trail: the home page, then each [href, label] step in order. */
export function trail(...steps: readonly (readonly [href: string, label: string])[]): Crumb[] {
  return [{ href: routes.home(), label: 'Главная' }, ...steps.map(([href, label]) => ({ href, label }))];
}
