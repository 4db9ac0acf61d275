import { DOC_IDS, DOCS } from '../lib/documents/catalog';
import { routes } from '../lib/site/routes';

/** What SectionPage needs to know about a page one step below home: its head, breadcrumb and h1. */
export interface SectionPageMeta {
  /** The page's address. */
  href: string;
  /** The page's own <title> (the site's name is appended). */
  title: string;
  /** Meta description: unique per page. */
  description: string;
  /** Its short name in the breadcrumbs. */
  crumb: string;
  /** The visible h1 when it differs from the title. */
  heading?: string;
  /** For a tool: its name as a schema.org WebApplication (free, in the browser). */
  appName?: string;
  /** Keep the page out of search engines. */
  noindex?: boolean;
}

/** The documents' names in one sentence, from the table: «Напоминание, претензия, … и заявление о судебном приказе». */
function documentNames(): string {
  const names = DOC_IDS.map((id, i) =>
    i === 0 ? DOCS[id].name : DOCS[id].name.replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
  );
  return `${names.slice(0, -1).join(', ')} и ${names.at(-1) ?? ''}`;
}

/** The pages one step below home, by name. */
export const SECTION_PAGES = {
  guide: {
    href: routes.guide(),
    title: 'Гайд: что делать, если клиент не платит',
    description:
      'Все разделы гайда по порядку: первые шаги, причины неоплаты, спор о качестве, условия оплаты, документы, рассрочка и скидка, претензия и суд.',
    crumb: 'Гайд',
  },
  plan: {
    href: routes.plan(),
    title: 'Что делать: план действий по вашей ситуации',
    description:
      'Ответьте на несколько вопросов о клиенте и долге и получите пошаговый план: что сказать, какие документы собрать, когда идти в суд.',
    crumb: 'Что делать',
    heading: 'Что делать: план по вашей ситуации',
  },
  search: {
    href: routes.search(),
    title: 'Поиск по советам',
    description: 'Найдите совет по ключевому слову или откройте нужную тему из полного списка разделов гайда.',
    crumb: 'Поиск',
    noindex: true,
  },
  checklist: {
    href: routes.checklist(),
    title: 'Чек-лист разговора с клиентом и журнал контактов',
    description:
      'Что сделать до, во время и после разговора с клиентом, который не платит, и когда переходить к претензии. Прогресс хранится только в вашем браузере.',
    crumb: 'Чек-лист',
    heading: 'Чек-лист разговора с клиентом',
  },
  calculator: {
    href: routes.calculator(),
    title: 'Калькулятор рассрочки и скидки за досрочную оплату',
    description:
      'Рассчитайте график платежей по рассрочке с точностью до копейки и цену скидки за быструю оплату в сравнении с ключевой ставкой.',
    crumb: 'Калькулятор',
    heading: 'Калькулятор рассрочки и скидки',
    appName: 'Калькулятор рассрочки и скидки за досрочную оплату',
  },
  claim: {
    href: routes.claim(),
    title: 'Сколько требовать: долг, проценты, пошлина',
    description:
      'Проценты по ст. 395 ГК РФ или неустойка по периодам с формулами, как в суде; цена иска, подходящий суд, госпошлина и сроки — претензия и исковая давность.',
    crumb: 'Сколько требовать',
    appName: 'Калькулятор процентов по ст. 395 ГК РФ и неустойки, госпошлины и сроков',
  },
  documents: {
    href: routes.documents(),
    title: 'Документы для взыскания',
    description: `${documentNames()} — с вашими данными, в .docx и для печати.`,
    crumb: 'Документы',
  },
} as const satisfies Record<string, SectionPageMeta>;
