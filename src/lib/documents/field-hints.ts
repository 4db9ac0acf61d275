/**
 * The hints under the case's fields on the documents page. The page passes them to the island as a prop, so the
 * text is in the HTML and not in the page's first-load script (the documents budget, decision 112; decision 111:
 * text reaches the islands as props).
 */
import type { DebtItem } from './catalog';

export type DetailHints = Partial<Record<DebtItem, string>>;

export const DETAIL_HINTS: DetailHints = {
  debt: 'Сумма и сроки приходят из калькулятора по ссылке. Пока их нет, в документе будут пропуски для ручного заполнения.',
  subject: 'Как продолжение фразы «договор на…»: оказание услуг по разработке сайта.',
  documents: 'По одному в строке: акт № 15 от 05.10.2026.',
  court: 'Арбитражный суд города Москвы — или для мирового судьи: судебного участка № 5 Басманного района г. Москвы.',
  addressee:
    'Строки шапки в дательном падеже, например: Генеральному директору / ООО «Ромашка» / Иванову И. И. Пусто — составим сами.',
};
