import { mergeStates } from './merge';
import { STORAGE_KEY, dict, latestStamp, readStoredText, type ReadOutcome, type State } from './state';

/** The part of Web Storage the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where changes go: saved in the browser, or kept in memory only (storage blocked, or full). */
export type Persistence = 'saved' | 'blocked' | 'full';

/** What the UI shows: the state, whether it is being saved, and what reading the saved data found. */
export interface Snapshot {
  state: State;
  persistence: Persistence;
  outcome: ReadOutcome;
}

/** Options of createStore. */
export interface StoreOptions {
  /** Returns the storage; may throw (e.g. `() => window.localStorage` when the browser blocks it). */
  storage: () => StorageLike;
  /** Item ids that exist now: ticks of any other id are dropped when saving. */
  knownIds?: readonly string[];
  /** Wall clock in ms (tests pass their own). */
  now?: () => number;
  /** Storage key (tests may pass their own). */
  key?: string;
}

/** The checklist's store: reads and writes the saved state, merges other tabs' changes, never throws. */
export interface Store {
  get(): Snapshot;
  /** A stamp later than every stamp seen so far. */
  stamp(): number;
  /** Re-read the saved state, merge it in, apply `change`, save. */
  update(change: (state: State, at: number) => State): void;
  /** Merge a state written by another tab (the `storage` event's newValue). */
  receive(value: string | null): void;
  subscribe(listener: (s: Snapshot) => void): () => void;
  /** Listen to other tabs' writes; returns a function that stops listening. */
  connect(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** Create the store and read the saved state. */
export function createStore({ storage: getStorage, knownIds, now = Date.now, key = STORAGE_KEY }: StoreOptions): Store {
  let storage: StorageLike | null = null;
  let persistence: Persistence = 'saved';
  let outcome: ReadOutcome = 'empty';
  let state: State;
  try {
    storage = getStorage();
    const raw = storage.getItem(key);
    ({ state, outcome } = readStoredText(raw));
    if (outcome === 'corrupt' && raw !== null) keepDamaged(storage, key, raw);
  } catch {
    storage = null;
    persistence = 'blocked';
    state = readStoredText(null).state;
  }
  let last = latestStamp(state);
  const listeners = new Set<(s: Snapshot) => void>();
  const snapshot = (): Snapshot => ({ state, persistence, outcome });
  const notify = (): void => listeners.forEach((l) => l(snapshot()));
  const known = knownIds ? new Set(knownIds) : null;

  const absorb = (incoming: State): void => {
    state = mergeStates(state, incoming);
    last = Math.max(last, latestStamp(state));
  };
  const reread = (): void => {
    if (!storage) return;
    try {
      absorb(readStoredText(storage.getItem(key)).state);
    } catch {
      /* reading failed this time: keep what we have */
    }
  };
  const write = (): void => {
    if (!storage || persistence === 'blocked') return;
    try {
      storage.setItem(key, JSON.stringify(known ? pruneTicks(state, known) : state));
      persistence = 'saved';
    } catch {
      persistence = 'full';
    }
  };

  return {
    get: snapshot,
    stamp() {
      last = Math.max(now(), last + 1);
      return last;
    },
    update(change) {
      reread();
      state = change(state, this.stamp());
      write();
      notify();
    },
    receive(value) {
      absorb(readStoredText(value).state);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect(target) {
      const onStorage = (e: Event): void => {
        const se = e as StorageEvent;
        if (se.key === key) this.receive(se.newValue);
      };
      target.addEventListener('storage', onStorage);
      return () => target.removeEventListener('storage', onStorage);
    },
  };
}

/** Drop ticks of items that no longer exist in the checklist. */
export function pruneTicks(state: State, known: ReadonlySet<string>): State {
  const cases = dict<State['cases'][string]>();
  for (const [id, c] of Object.entries(state.cases)) {
    const ticks = dict<State['cases'][string]['ticks'][string]>();
    for (const [itemId, t] of Object.entries(c.ticks)) if (known.has(itemId)) ticks[itemId] = t;
    cases[id] = { ...c, ticks };
  }
  return { ...state, cases };
}

/** Keep unreadable saved text under a side key, so a later fix could still recover it. */
function keepDamaged(storage: StorageLike, key: string, raw: string): void {
  try {
    storage.setItem(`${key}:damaged`, raw);
  } catch {
    /* no room: nothing more we can do */
  }
}
