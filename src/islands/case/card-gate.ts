/**
 * Parts of a page that show the saved case (the home page's card, the tree's «Продолжить»), loaded only when this
 * browser holds a case: the page's one small script checks the key and only then fetches the part (Preact, the
 * store and what it reads), so a first visit loads no more.
 */
import { STORAGE_KEY } from '../../lib/case/key';

/** Render a part into the page's `[data-case-slot]` when there is a saved case; `load` gives its renderer. */
export function whenCaseSaved(load: () => Promise<{ mount: (slot: HTMLElement) => void }>): void {
  const slot = document.querySelector<HTMLElement>('[data-case-slot]');
  let saved = false;
  try {
    saved = window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    /* storage blocked: no saved case to show */
  }
  if (!slot || !saved) return;
  load()
    .then((m) => m.mount(slot))
    .catch(() => {
      /* a shortcut: the page works without it */
    });
}
