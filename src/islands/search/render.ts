// Draws results as plain DOM (no framework: the module loads on first open and must stay small).
import type { SearchResponse } from '../../lib/search/searcher';
import type { Part } from '../../lib/search/snippet';

function parts(el: HTMLElement, list: readonly Part[]): HTMLElement {
  for (const [text, mark] of list) {
    if (mark) {
      const m = document.createElement('mark');
      m.textContent = text;
      el.append(m);
    } else el.append(text);
  }
  return el;
}

function span(cls: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = cls;
  return s;
}

/** Russian plural of «результат». */
function results(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return `${n} результат`;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return `${n} результата`;
  return `${n} результатов`;
}

/** The status line for a query's answer. */
export function statusText(query: string, r: SearchResponse | null, failed: boolean): string {
  if (failed) return 'Поиск сейчас недоступен. Откройте список тем на странице поиска.';
  if (!query || !r) return '';
  if (r.total === 0) return `По запросу «${query}» ничего не нашлось.`;
  const found = r.switchedLayout
    ? `Найдено: ${results(r.total)} по запросу «${r.searched}» (раскладка исправлена)`
    : `Найдено: ${results(r.total)}`;
  return r.results.length < r.total ? `${found}, показаны лучшие ${r.results.length}.` : `${found}.`;
}

/** Where to go when a query finds nothing. */
const SUGGESTIONS: [href: string, text: string][] = [
  ['/plan/', 'Ответьте на несколько вопросов — и получите план действий'],
  ['/guide/', 'Все разделы гайда'],
  ['/checklist/', 'Чек-лист разговора с клиентом'],
];

/** The «nothing found» block (hidden until a query finds nothing): what to try instead. */
export function emptyState(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-empty';
  box.dataset.searchEmpty = '';
  box.hidden = true;
  const p = document.createElement('p');
  p.textContent =
    'Проверьте написание или попробуйте другое слово — например, «претензия», «рассрочка» или «суд». Или начните отсюда:';
  const ul = document.createElement('ul');
  for (const [href, text] of SUGGESTIONS) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.append(a);
    ul.append(li);
  }
  box.append(p, ul);
  return box;
}

/**
 * Replace the list's items with the results: links to the exact section, matched words marked. `empty`
 * (from `emptyState`) is shown when the query found nothing.
 */
export function renderResults(list: HTMLElement, r: SearchResponse | null, empty?: HTMLElement): void {
  if (empty) empty.hidden = r?.total !== 0;
  list.replaceChildren(
    ...(r?.results ?? []).map((res) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.className = 'search-result';
      a.href = res.url;
      a.dataset.kind = res.kind;
      a.append(
        parts(span('search-result__title'), res.title),
        span('search-result__context'),
        parts(span('search-result__snippet'), res.snippet),
      );
      (a.children[1] as HTMLElement).textContent = res.context;
      li.append(a);
      return li;
    }),
  );
}
