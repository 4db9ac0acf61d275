/**
 * The case store in a page: one store per page, listening to other tabs. The tools load it on demand through
 * case-link.ts; «Моё дело» loads it at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { createStore, type Snapshot, type Store } from '../../lib/case/store';

let shared: Store | null = null;
let askedToKeep = false;

/** The page's case store (created on first use; it reads storage and never throws). */
export function caseStore(): Store {
  if (!shared) {
    shared = createStore({ storage: () => window.localStorage });
    shared.connect(window);
  }
  return shared;
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
