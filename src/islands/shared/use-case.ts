/**
 * The case store in a page: one store per page, listening to other tabs, and the hooks the tools use to read
 * and write the current case (src/lib/case/).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createStore, type Snapshot, type Store } from '../../lib/case/store';
import { newId } from '../../lib/case/backup-file';
import { activeCase } from '../../lib/case/actions';
import { saveToolQuery, sameAsCase, toolQuery, type ToolPart } from '../../lib/case/tool-part';

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

/**
 * The query a tool opened plainly should show: the current case's, when the address has none of the tool's
 * own (called once, when the tool reads the address).
 */
export function openingQuery(part: ToolPart, addressQuery: string): string {
  if (addressQuery !== '') return addressQuery;
  return toolQuery(caseStore().get().state, part);
}

/**
 * How a tool's numbers relate to the current case:
 * - 'none': there is no case; the first usable calculation becomes the first case;
 * - 'synced': the tool shows the case's numbers, and every change is saved into it;
 * - 'link': the address brought other numbers; the case changes only when the user says so.
 */
export type CaseMode = 'none' | 'synced' | 'link';

/** What the tools show about the case and the two choices a link offers. */
export interface CaseLink {
  mode: CaseMode;
  /** The current case's client, '' when unnamed or none. */
  client: string;
  /** «Сохранить в дело …»: the link's numbers replace the case's. */
  save(): void;
  /** «Новое дело»: a new case with the link's numbers. */
  startNew(): void;
}

/**
 * Keep a tool's query in the current case. `usable`: the query is a calculation worth keeping (a first case
 * is made only then). Writes when the query changes, like the address (the store merges other tabs first).
 */
export function useCaseLink(part: ToolPart, query: string, ready: boolean, usable: boolean): CaseLink {
  const snap = useCaseSnapshot();
  const [mode, setMode] = useState<CaseMode | null>(null);
  const last = useRef('');

  useEffect(() => {
    if (!ready || !snap || mode !== null) return;
    const state = snap.state;
    setMode(!activeCase(state) ? 'none' : query === '' || sameAsCase(state, part, query) ? 'synced' : 'link');
  }, [ready, snap, mode, query, part]);

  useEffect(() => {
    if (mode === 'link' || mode === null || query === last.current) return;
    if (mode === 'none' && !usable) return;
    if (query === '' && mode === 'none') return;
    last.current = query;
    changeCase((s, at) => saveToolQuery(s, part, query, at, newId()));
    if (mode === 'none') setMode('synced');
  }, [mode, query, usable, part]);

  const current = snap ? activeCase(snap.state) : null;
  return {
    mode: mode ?? 'none',
    client: current?.[1].client ?? '',
    save() {
      changeCase((s, at) => saveToolQuery(s, part, query, at, newId()));
      last.current = query;
      setMode('synced');
    },
    startNew() {
      changeCase((s, at) => saveToolQuery(s, part, query, at, newId(), true));
      last.current = query;
      setMode('synced');
    },
  };
}
