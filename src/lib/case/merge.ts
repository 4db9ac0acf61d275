import { dict, type Case, type State } from './stored-state';

/**
 * Merge two states entry by entry: for each case's details, each tick and each log entry, the later
 * stamp wins (on a tie, `local`). Used when another tab has written and before every write, so two
 * tabs never overwrite each other's changes. The active case stays the local one while it is alive.
 */
export function mergeStates(local: State, incoming: State): State {
  const cases = dict<Case>();
  for (const id of new Set([...Object.keys(local.cases), ...Object.keys(incoming.cases)])) {
    const a = Object.hasOwn(local.cases, id) ? local.cases[id] : undefined;
    const b = Object.hasOwn(incoming.cases, id) ? incoming.cases[id] : undefined;
    cases[id] = a && b ? mergeCase(a, b) : (a ?? b)!;
  }
  const alive = (id: string | null): id is string => id !== null && Object.hasOwn(cases, id) && !cases[id]!.deleted;
  const activeCaseId = alive(local.activeCaseId)
    ? local.activeCaseId
    : alive(incoming.activeCaseId)
      ? incoming.activeCaseId
      : null;
  return { version: 2, activeCaseId, cases };
}

function mergeCase(a: Case, b: Case): Case {
  const meta = b.updatedAt > a.updatedAt ? b : a;
  return { ...meta, ticks: mergeBy(a.ticks, b.ticks, (t) => t.at), log: mergeBy(a.log, b.log, (e) => e.updatedAt) };
}

function mergeBy<T>(a: Record<string, T>, b: Record<string, T>, at: (v: T) => number): Record<string, T> {
  const out = dict<T>();
  for (const [k, v] of Object.entries(a)) out[k] = v;
  for (const [k, v] of Object.entries(b)) {
    const mine = Object.hasOwn(out, k) ? out[k] : undefined;
    if (mine === undefined || at(v) > at(mine)) out[k] = v;
  }
  return out;
}
