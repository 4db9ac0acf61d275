import { CURRENT_VERSION, dict, type Case, type State, type Stamped } from './stored-state';

/**
 * Merge two states entry by entry: for each case's details, each tick, log entry, part, step and paper, and
 * the profile, the later stamp wins (on a tie, `local`). Used when another tab has written and before every
 * write, so two tabs never overwrite each other's changes. A deleted case keeps nothing but its id and stamps:
 * whatever the other side still holds of it is dropped, so a deletion reaches every tab. The active case stays
 * the local one while it is alive.
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
  return { version: CURRENT_VERSION, activeCaseId, profile: later(local.profile, incoming.profile), cases };
}

const later = (a: Stamped | null, b: Stamped | null): Stamped | null => (b && (!a || b.at > a.at) ? b : a);

function mergeCase(a: Case, b: Case): Case {
  const meta = b.updatedAt > a.updatedAt ? b : a;
  if (meta.deleted) return { ...meta, ticks: dict(), log: dict(), parts: dict(), steps: dict(), docs: dict() };
  const at = (v: { at: number }): number => v.at;
  return {
    ...meta,
    ticks: mergeBy(a.ticks, b.ticks, at),
    log: mergeBy(a.log, b.log, (e) => e.updatedAt),
    parts: mergeBy(a.parts, b.parts, at),
    steps: mergeBy(a.steps, b.steps, at),
    docs: mergeBy(a.docs, b.docs, at),
  };
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
