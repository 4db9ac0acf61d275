/**
 * The case store in a page: one store per page, listening to other tabs. The tools load it on demand through
 * case-link.ts; «Моё дело» loads it at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { createStore, type Snapshot, type Store } from '../../lib/case/store';
import { LEGACY_DOCUMENTS_KEY } from '../../lib/case/key';

let shared: Store | null = null;
let folded: Promise<void> = Promise.resolve();
let askedToKeep = false;

/** The page's case store (created on first use; it reads storage and never throws). */
export function caseStore(): Store {
  if (!shared) {
    shared = createStore({ storage: () => window.localStorage });
    shared.connect(window);
    folded = foldLegacy(shared);
  }
  return shared;
}

/** Resolves once the page's store has read storage and folded in the documents' old store (if any). */
export function caseReady(): Promise<void> {
  caseStore();
  return folded;
}

/**
 * The documents page's old store (key.ts LEGACY_DOCUMENTS_KEY), folded into the case store once, its reader
 * loaded only then (legacy.ts); the old key is removed only after the case store holding its data is written.
 */
function foldLegacy(store: Store): Promise<void> {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(LEGACY_DOCUMENTS_KEY);
  } catch {
    /* storage blocked: nothing to fold */
  }
  if (text === null || store.get().persistence !== 'saved') return Promise.resolve();
  const saved = text;
  return import('../../lib/case/legacy')
    .then(({ foldDocuments }) => {
      let done = false;
      store.update((s, at) => {
        const next = foldDocuments(s, saved, at);
        done = next !== null;
        return next ?? s;
      });
      if (done && store.get().persistence === 'saved') window.localStorage.removeItem(LEGACY_DOCUMENTS_KEY);
    })
    .catch(() => {
      /* read again on the next visit: the old key is still there */
    });
}

/**
 * Change the case store. The first change a visit saves asks the browser to keep the site's data
 * (`navigator.storage.persist()`), so it is not cleared to free space.
 */
export function changeCase(change: Parameters<Store['update']>[0]): void {
  const store = caseStore();
  store.update(change);
  if (!askedToKeep && store.get().persistence === 'saved') {
    askedToKeep = true;
    void navigator.storage?.persist?.().catch(() => false);
  }
}

/** The case store's snapshot, kept current (null before the page has read storage). */
export function useCaseSnapshot(): Snapshot | null {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  useEffect(() => {
    const store = caseStore();
    setSnap(store.get());
    return store.subscribe(setSnap);
  }, []);
  return snap;
}
