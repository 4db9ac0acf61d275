/** The search status line: how many results a query found, in Russian, with the query quoted briefly. */
import type { SearchResponse } from './searcher';
import { plural } from '../format/plural';

/** The longest query echoed in full; a longer one is cut at a word boundary and ends with «…». */
export const ECHO_MAX = 60;

/** The query as the status line quotes it: whitespace folded, at most ECHO_MAX characters plus «…». */
export function echoQuery(query: string): string {
  const q = query.replace(/\s+/g, ' ').trim();
  if (q.length <= ECHO_MAX) return q;
  const cut = q.slice(0, ECHO_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > ECHO_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** «1 результат», «3 результата», «11 результатов». */
const results = (n: number): string => `${n} ${plural(n, ['результат', 'результата', 'результатов'])}`;

/** The status line for a query's answer (empty while there is no query). */
export function statusText(query: string, r: SearchResponse | null, failed: boolean): string {
  if (failed) return 'Поиск сейчас недоступен. Откройте список тем на странице поиска.';
  if (!query || !r) return '';
  if (r.total === 0) return `По запросу «${echoQuery(query)}» ничего не нашлось.`;
  const found = r.switchedLayout
    ? `Найдено: ${results(r.total)} по запросу «${echoQuery(r.searched)}» (раскладка исправлена)`
    : `Найдено: ${results(r.total)}`;
  return r.results.length < r.total ? `${found}, показаны лучшие ${r.results.length}.` : `${found}.`;
}
