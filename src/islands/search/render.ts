// Draws results as plain DOM (no framework: the module loads on first open and must stay small).
import type { SearchResponse } from '../../lib/search/searcher';
export { statusText } from '../../lib/search/status';
import type { Part } from '../../lib/search/snippet';
import { routes } from '../../lib/site/routes';

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

/** Where to go when a query finds nothing. */
const SUGGESTIONS: [href: string, text: string][] = [
  [routes.plan(), 'Ответьте на несколько вопросов — и получите план действий'],
  [routes.guide(), 'Все разделы гайда'],
  [routes.checklist(), 'Чек-лист разговора с клиентом'],
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
