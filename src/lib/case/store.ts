import { createClock } from './clock';
import { forgetAll, mergeStates } from './merge';
import { LEGACY_DOCUMENTS_KEY } from './key';
import { STORAGE_KEY, dict, latestStamp, readStoredText, type ReadOutcome, type State } from './stored-state';

/** The part of Web Storage the store uses. */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * Where changes go: saved in the browser; kept in memory only because the browser blocks storage or it is
 * full; or nowhere, because the saved data comes from a newer version of the site and must not be
 * overwritten (the page works read-only).
 */
type Persistence = 'saved' | 'blocked' | 'full' | 'newer';

/** Saved text the store could not read as it was, kept aside before anything was written over it. */
interface Damaged {
  /** The storage key it is kept under (time-stamped), or null when there was no room to keep it. */
  key: string | null;
  /** The text itself, so the page can offer it as a download either way. */
  text: string;
}

/** What the UI shows: the state, whether it is being saved, and what reading the saved data found. */
export interface Snapshot {
  state: State;
  persistence: Persistence;
  outcome: ReadOutcome;
  /** The original of a damaged or repaired store, kept aside on this visit. */
  damaged: Damaged | null;
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
  /** Re-read the saved state, merge it in, apply `change` (given a fresh stamp), save. */
  update(change: (state: State, at: number) => State): void;
  /** Merge a state written by another tab (the `storage` event's newValue). */
  receive(value: string | null): void;
  /** The wall clock the store clamps incoming stamps with. */
  now(): number;
  subscribe(listener: (s: Snapshot) => void): () => void;
  /** Listen to other tabs' writes; returns a function that stops listening. */
  connect(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void;
  /**
   * «Удалить мои данные»: every case and the profile are deleted (tombstones keep ids only, so no tab brings
   * them back), and every other key that holds the user's data — kept-aside copies, the documents' old store —
   * is removed. False when storage could not be changed.
   */
  forget(): boolean;
}

/** The storage error of a full store; anything else (SecurityError…) means storage is not allowed. */
const isQuota = (e: unknown): boolean => (e as Error | null)?.name === 'QuotaExceededError';

/**
 * Create the store and read the saved state. The rule it keeps: what the user saved is never dropped
 * without them asking — anything read back changed is kept aside first, a newer version is never written.
 */
export function createStore({ storage: getStorage, knownIds, now = Date.now, key = STORAGE_KEY }: StoreOptions): Store {
  const clock = createClock(now);
  let storage: StorageLike | null = null;
  let persistence: Persistence = 'saved';
  let outcome: ReadOutcome = 'empty';
  let damaged: Damaged | null = null;
  let state = readStoredText(null).state;
  /**
   * The text storage held when this store last read it cleanly or wrote it (null before): while storage still
   * holds it, it has nothing the state lacks, until another tab writes.
   */
  let seen: string | null = null;
  const listeners = new Set<(s: Snapshot) => void>();
  const snapshot = (): Snapshot => ({ state, persistence, outcome, damaged });
  const notify = (): void => listeners.forEach((l) => l(snapshot()));
  const known = knownIds ? new Set(knownIds) : null;

  const absorb = (incoming: State): void => {
    state = mergeStates(state, incoming);
    clock.see(latestStamp(state));
  };
  /** Keep unreadable saved text under its own time-stamped key; false when there was no room. */
  const keepAside = (raw: string): boolean => {
    let aside: string | null;
    try {
      aside = `${key}:damaged:${new Date(now()).toISOString()}`;
      while (storage!.getItem(aside) !== null && storage!.getItem(aside) !== raw) aside += '+';
      storage!.setItem(aside, raw);
    } catch {
      aside = null;
    }
    damaged = { key: aside, text: raw };
    return aside !== null;
  };
  /** Read what storage holds now and merge it in; a damaged value is kept aside, a newer one stops writing. */
  const load = (): ReadOutcome => {
    if (!storage) return 'empty';
    const raw = storage.getItem(key);
    // Unchanged since this page read or wrote it: nothing to merge (skips a parse and merge per edit, the first
    // edit after the page loaded included).
    if (raw !== null && raw === seen) return 'ok';
    const read = readStoredText(raw);
    if (read.outcome === 'ok') seen = raw;
    if (read.outcome === 'newer') persistence = 'newer';
    else if ((read.outcome === 'corrupt' || read.outcome === 'repaired') && raw !== null) {
      if (!keepAside(raw) && persistence === 'saved') persistence = 'full';
    }
    absorb(read.state);
    return read.outcome;
  };
  const write = (): void => {
    if (!storage || persistence === 'newer') return;
    if (persistence === 'full' && damaged && damaged.key === null && !keepAside(damaged.text)) return;
    try {
      const text = JSON.stringify(known ? pruneTicks(state, known) : state);
      seen = null;
      storage.setItem(key, text);
      seen = text;
      persistence = 'saved';
    } catch (e) {
      persistence = isQuota(e) ? 'full' : 'blocked';
    }
  };

  try {
    storage = getStorage();
    outcome = load();
    // Write the repaired state at once (its original is aside), so the next visit reads it cleanly.
    if (outcome === 'repaired' || outcome === 'corrupt') write();
  } catch {
    storage = null;
    persistence = 'blocked';
  }

  const api: Store = {
    get: snapshot,
    now,
    update(change) {
      if (persistence !== 'newer') {
        try {
          const read = load();
          if (read === 'corrupt' || read === 'repaired' || read === 'newer') outcome = read;
        } catch {
          /* reading failed this time: keep what we have */
        }
      }
      if (persistence === 'newer') return notify();
      state = change(state, clock.next());
      write();
      notify();
    },
    receive(value) {
      const read = readStoredText(value);
      if (read.outcome === 'newer') persistence = 'newer';
      absorb(read.state);
      notify();
    },
    forget() {
      this.update(forgetAll);
      if (!storage || persistence !== 'saved') return false;
      try {
        const mine = (k: string | null): k is string =>
          k !== null &&
          (k === LEGACY_DOCUMENTS_KEY || k.startsWith(`${key}:`) || k.startsWith(`${LEGACY_DOCUMENTS_KEY}:`));
        const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(mine);
        keys.forEach((k) => storage.removeItem(k));
        damaged = null;
        notify();
        return true;
      } catch {
        return false;
      }
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
  return api;
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
