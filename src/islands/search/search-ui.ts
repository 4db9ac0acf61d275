// The search module, imported by the inline bootstrap on first use: the dialog and the search page.
import { latestOnly, getSearcher } from './client';

/** The searcher itself, for the bench to time queries in the browser. */
export { getSearcher };
import { emptyState, renderResults, statusText } from './render';
import { routes } from '../../lib/site/routes';

let dialog: HTMLDialogElement | undefined;

/** Whether an input event is a key typed or erased (more may follow), not a paste, drop or autofill. */
function isTyping(e: Event): boolean {
  return e instanceof InputEvent && /^(insertText|insertCompositionText|delete)/.test(e.inputType);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** ↑/↓ between the field and the result links; Enter in the field opens the first result. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Enter') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.click();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? all[Math.min(i + 1, all.length - 1)] : all[i - 1];
      (next ?? input).focus();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
      input.focus();
    }
  });
}

function buildDialog(): HTMLDialogElement {
  const d = el('dialog', { className: 'search-dialog' }, { 'aria-labelledby': 'search-dialog-title' });
  const title = el('h2', { id: 'search-dialog-title', className: 'visually-hidden', textContent: 'Поиск по советам' });
  const label = el('label', {
    htmlFor: 'search-dialog-input',
    className: 'visually-hidden',
    textContent: 'Что вы ищете',
  });
  const input = el(
    'input',
    { id: 'search-dialog-input', type: 'search', autocomplete: 'off', placeholder: 'Например: рассрочка, претензия' },
    {
      enterkeyhint: 'go',
      'aria-describedby': 'search-dialog-status',
      spellcheck: 'false',
    },
  );
  const close = el(
    'button',
    { type: 'button', className: 'search-dialog__close', textContent: 'Закрыть' },
    { 'aria-keyshortcuts': 'Escape' },
  );
  const status = el('p', { id: 'search-dialog-status', className: 'search-status' }, { role: 'status' });
  const list = el('ol', { className: 'search-results' }, { 'aria-label': 'Результаты поиска' });
  const all = el('a', {
    className: 'search-dialog__all',
    href: routes.search(),
    textContent: 'Все темы и результаты на странице поиска',
  });
  const head = el('div', { className: 'search-dialog__head' });
  const empty = emptyState();
  head.append(label, input, close);
  d.append(title, head, status, list, empty, all);

  const run = latestOnly(10, (query, r, err) => {
    status.textContent = statusText(query, r, err !== undefined);
    renderResults(list, r, empty);
    all.href = routes.search(query);
  });
  input.addEventListener('input', (e) => run(input.value, isTyping(e)));
  arrowKeys(input, list);
  close.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
    else if ((e.target as Element).closest('a')) {
      // Following a result: focus belongs to the section it opens, not back on the search button.
      d.dataset.followed = '1';
      d.close();
    }
  });
  document.body.append(d);
  return d;
}

/** Put focus back where it was before search opened: on `from` if it is still there, else on the search button. */
function returnFocus(from: Element | null | undefined, button: HTMLElement | undefined): void {
  if (from instanceof HTMLElement && from !== document.body && from.isConnected) {
    from.focus({ preventScroll: true });
    if (document.activeElement === from) return;
  }
  button?.focus({ preventScroll: true });
}

/**
 * Open the search dialog with focus in the field (on the search page: focus its field). When it closes,
 * focus goes back to `from` — what had focus when search was opened — or, when that is gone or was the
 * page itself, to `button`.
 */
export function openDialog(button?: HTMLElement, from?: Element | null): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
  if (pageField) {
    // On the search page the page's own field is the search.
    pageField.focus();
    return;
  }
  const d = (dialog ??= buildDialog());
  if (!d.open) {
    delete d.dataset.followed;
    d.showModal();
    const back = from === undefined ? button : from;
    d.addEventListener('close', () => d.dataset.followed || returnFocus(back, button), { once: true });
  }
  const input = d.querySelector('input');
  input?.focus();
  input?.select();
  void getSearcher().catch(() => undefined);
}

/** The search page: live results under the form, kept in the address (`?q=`) so a search can be shared. */
export function initPage(form: HTMLFormElement): void {
  if (form.dataset.ready) return;
  form.dataset.ready = '1';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status) return;
  const empty = emptyState();
  list.after(empty);
  const run = latestOnly(50, (query, r, err) => {
    status.textContent = statusText(query, r, err !== undefined);
    renderResults(list, r, empty);
  });
  const update = (typing = false): void => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    run(input.value, typing);
  };
  input.addEventListener('input', (e) => update(isTyping(e)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  arrowKeys(input, list);
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    run(q);
  }
}
