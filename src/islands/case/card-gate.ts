/**
 * The home page's case card, loaded only when this browser holds a case: the page's one small script checks the
 * key and only then fetches the card (Preact, the store and the next step), so a first visit loads no more.
 */
import { STORAGE_KEY } from '../../lib/case/key';

/** Show the card in the page's `[data-case-card-slot]` when there is a saved case. */
export function gateCaseCard(): void {
  const slot = document.querySelector<HTMLElement>('[data-case-card-slot]');
  let saved = false;
  try {
    saved = window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    /* storage blocked: no saved case to show */
  }
  if (!slot || !saved) return;
  import('./mount-card')
    .then((m) => m.mountCaseCard(slot))
    .catch(() => {
      /* the card is a shortcut: the page works without it */
    });
}
