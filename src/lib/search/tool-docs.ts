/**
 * The tools' own pages as search results: the payment calculator, the checklist, the documents and «Моё дело»
 * (the claim calculator's are in claim/search-docs.ts, the documents one by one in documents/search-docs.ts).
 * Titles and descriptions are the pages' own (SECTION_PAGES); the keywords are what people type.
 */
import { SECTION_PAGES } from '../../data/section-pages';
import { routes } from '../site/routes';
import type { SearchDoc } from './doc';

/** The page «Моё дело» (/delo/): one case, from the first reminder to the money. */
const DELO = {
  href: routes.delo(),
  title: 'Моё дело: долг, сроки и следующий шаг',
  description:
    'Одно дело от первого напоминания до денег: клиент, сколько он должен сегодня с процентами, что уже сделано и когда, следующий шаг с датой и документы для него. Хранится только в вашем браузере.',
};

const tool = (
  name: string,
  page: { href: string; title: string; description: string },
  keywords: readonly string[],
): SearchDoc => ({
  id: `tool:${name}`,
  kind: 'tool',
  url: page.href,
  title: page.title,
  context: 'Инструменты',
  text: page.description,
  keywords,
});

/** The search documents of the tools' pages (URL paths: the base is already in them). */
export function toolSearchDocs(): SearchDoc[] {
  return [
    tool('calculator', SECTION_PAGES.calculator, [
      'калькулятор рассрочки',
      'график платежей',
      'скидка за досрочную оплату',
      'скидка за быструю оплату',
    ]),
    tool('checklist', SECTION_PAGES.checklist, ['чек-лист', 'журнал контактов', 'разговор с клиентом', 'звонок']),
    tool('documents', SECTION_PAGES.documents, [
      'документы',
      'образцы документов',
      'образец претензии',
      'образец заявления',
      'шаблоны писем',
      'скачать docx',
    ]),
    tool('delo', DELO, [
      'моё дело',
      'мое дело',
      'мои дела',
      'сроки',
      'следующий шаг',
      'календарь',
      'напоминание о сроке',
    ]),
  ];
}
