/**
 * What the «Моё дело» page does with the case store besides the store's own actions: changes that reach only a
 * case still alive (a case deleted in another tab stays deleted whatever this tab does), and the list of cases.
 */
import { activeCase, liveCases } from './actions';
import type { Case, State } from './stored-state';

/**
 * Apply `change` to case `id` only while it is alive: an edit made in a tab that has not yet heard of the
 * deletion (the store merges the other tab's tombstone first) changes nothing.
 */
export function onLiveCase(state: State, id: string, change: (s: State) => State): State {
  const c = Object.hasOwn(state.cases, id) ? state.cases[id] : undefined;
  return c && !c.deleted ? change(state) : state;
}

/** The cases the page lists: the current ones and the archived ones, oldest first, and the one shown. */
export function caseList(state: State): {
  current: [string, Case][];
  archived: [string, Case][];
  shown: [string, Case] | null;
} {
  const live = liveCases(state);
  return {
    current: live.filter(([, c]) => !c.archived),
    archived: live.filter(([, c]) => c.archived),
    shown: activeCase(state),
  };
}
