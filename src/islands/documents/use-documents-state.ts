/**
 * The documents page's state: the address, the case (src/lib/case/, through case-docs.ts: the form's details,
 * the debt and the plan of the current case) and the code loaded on demand (builders, schedule, declension).
 * The tools' numbers come from the address when it holds any — the link wins on screen — else from the case.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '../../lib/documents/doc-input';
import type { ClaimFigures, PartyKind } from '../../lib/documents/inputs';
import { EPOCH, isoFromDay, localToday, type Day } from '../../lib/date/day';
import { DEFAULT_DOC, DOCS, loadBuilder, type Builder, type DocId } from '../../lib/documents/catalog';
import type { Decliner } from '../../lib/documents/names';
import { emptyStored, type ChecklistCase, type StoredDocs } from '../../lib/documents/stored-state';
import { docQuery, hasToolParams, readDocParam } from '../../lib/documents/doc-param';
import type { DocUrl } from '../../lib/documents/url-state';
import { LEGACY_DOCUMENTS_KEY, STORAGE_KEY } from '../../lib/case/key';
import type { StepId } from '../../lib/case/stored-state';
import type { CaseSlotProps } from '../shared/case-link';

/** The tools' URL reader (url-state.ts), loaded only when the address or the case holds a tool's parameters. */
type ToolUrl = typeof import('../../lib/documents/url-state');
const toolUrl = (): Promise<ToolUrl> => import('../../lib/documents/url-state');
/** The case store's bridge, loaded when this browser holds saved data or on the first keystroke. */
type CaseApi = typeof import('./case-docs');
const caseApi = (): Promise<CaseApi> => import('./case-docs');

/** The day of the server-rendered shell (no clock there; 01.01.1970): the island is ready once it differs. */
const SHELL_DAY = EPOCH;
const SHELL_URL: DocUrl = {
  doc: DEFAULT_DOC,
  debt: null,
  debtorKind: null,
  hasSchedule: false,
  calculatorQuery: '',
  problems: [],
};

/** Whether this browser holds saved cases or the documents' old store (storage may be blocked: then none). */
function savedData(): boolean {
  try {
    return [STORAGE_KEY, LEGACY_DOCUMENTS_KEY].some((k) => window.localStorage.getItem(k) !== null);
  } catch {
    return false;
  }
}

/** Where the tools' numbers on the page come from. */
type Source = 'url' | 'case' | null;

/** Everything the page holds, and how to change it. */
export function useDocumentsState() {
  const [today, setToday] = useState(SHELL_DAY);
  const [url, setUrl] = useState<DocUrl>(SHELL_URL);
  const [doc, setDoc] = useState<DocId>(DEFAULT_DOC);
  const [data, setData] = useState<StoredDocs>(emptyStored);
  const [quick, setQuick] = useState<ChecklistCase | null>(null);
  const [decline, setDecline] = useState<Decliner | undefined>(undefined);
  const [saved, setSaved] = useState(true);
  const [builders, setBuilders] = useState<Partial<Record<DocId, Builder>>>({});
  const [plan, setPlan] = useState<PageState['plan']>(null);
  const [planProblem, setPlanProblem] = useState(false);
  const [claim, setClaim] = useState<ClaimFigures | null | undefined>(undefined);
  /** The tools' URL reader once loaded; null while there are no tool parameters or it is loading. */
  const [tools, setTools] = useState<ToolUrl | null>(null);
  const [store, setStore] = useState<CaseApi | null>(null);
  /** The tools' parameters the page shows (the address's or the case's), and where they come from. */
  const [params, setParams] = useState<URLSearchParams | null>(null);
  const [source, setSource] = useState<Source>(null);
  const [Slot, setSlot] = useState<FunctionComponent<CaseSlotProps> | null>(null);
  const [reading, setReading] = useState(true);
  /** The form typed before the store loaded, saved once it has (null when nothing waits). */
  const pending = useRef<StoredDocs | null>(null);
  /** Set while the page saves the form, so the store's notice of that save is not read back. */
  const saving = useRef(false);
  /** The store, loaded once per page: every early save and action waits for the same load, in order. */
  const loading = useRef<Promise<CaseApi> | null>(null);
  const loadStore = (): Promise<CaseApi> => {
    if (loading.current) return loading.current;
    const load = caseApi().then(async (m) => {
      await m.caseReady();
      setStore(() => m);
      return m;
    });
    // A failed load (no signal) is tried again on the next keystroke.
    load.catch(() => {
      if (loading.current === load) loading.current = null;
    });
    loading.current = load;
    return load;
  };
  /** The debtor's kind the tools' parameters name: it wins over the case's on screen, like the link's numbers. */
  const linkKind = useRef<PartyKind | null>(null);
  const withLinkKind = (d: StoredDocs): StoredDocs => {
    const kind = linkKind.current;
    return kind && d.debtor.kind !== kind ? { ...d, debtor: { ...d.debtor, kind } } : d;
  };

  /** Read the tools' parameters (the address's or the case's) into the debt and the documents' URL state. */
  const readTools = async (p: URLSearchParams, day: Day, from: Source): Promise<void> => {
    const m = await toolUrl();
    const read = m.readDocUrl(p, day);
    setTools(m);
    setParams(p);
    setSource(from);
    setClaim(undefined);
    setPlan(null);
    setUrl((u) => ({ ...read, doc: u.doc, problems: [...new Set([...u.problems, ...read.problems])] }));
    linkKind.current = read.debtorKind;
    setData(withLinkKind);
  };

  useEffect(() => {
    const day = localToday(new Date());
    const address = new URLSearchParams(window.location.search);
    const { doc: first, unknown } = readDocParam(address);
    setToday(day);
    setUrl({ ...SHELL_URL, doc: first, problems: unknown ? ['unknown-doc'] : [] });
    setDoc(first);
    const fromCase = savedData()
      ? loadStore().then((m) => {
          const c = m.caseDocs();
          setData(c.data);
          setQuick(c.quick);
          setSaved(c.saved);
          return c;
        })
      : Promise.resolve(null);
    void fromCase
      .catch(() => {
        setSaved(false);
        return null;
      })
      .then(async (c) => {
        if (hasToolParams(address)) {
          await readTools(address, day, 'url');
          void import('../shared/case-link').then((m) => setSlot(() => m.CaseSlot));
        } else if (c && (c.claimQuery || c.planQuery)) {
          const own = [c.claimQuery, c.planQuery, docQuery(first)].filter(Boolean).join('&');
          await readTools(new URLSearchParams(own), day, 'case');
        }
      })
      .catch(() => {
        /* the tools' reader did not load: the form still works, with the debt typed by hand */
      })
      .finally(() => setReading(false));
    const onPop = () => setDoc(readDocParam(new URLSearchParams(window.location.search)).doc);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // The page is left before the store has loaded: what was typed goes to the documents' old key, which the store
  // folds into a case on the next visit (legacy.ts), as it folds an old visit's data.
  useEffect(() => {
    const onHide = () => {
      if (!pending.current) return;
      try {
        window.localStorage.setItem(LEGACY_DOCUMENTS_KEY, JSON.stringify(pending.current));
      } catch {
        /* storage blocked: nothing can be kept */
      }
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  // Another tab changed the case: show what the store now holds (it has merged both tabs' edits).
  useEffect(() => {
    if (!store) return;
    return store.onCase(() => {
      // What is typed but not yet saved stays on screen; the save merges it with the other tab's edits. The page's
      // own save changes nothing the page shows (another tab's edit it merged comes with that tab's storage event):
      // reading the case back on every key re-rendered the preview (issue 24).
      if (pending.current || saving.current) return;
      const c = store.caseDocs();
      setData(withLinkKind(c.data));
      setQuick(c.quick);
      setSaved(c.saved);
    });
  }, [store]);

  useEffect(() => {
    if (builders[doc]) return;
    void loadBuilder(doc).then((b) => setBuilders((all) => ({ ...all, [doc]: b })));
  }, [doc, builders]);
  useEffect(() => {
    if (!params || !url.hasSchedule || DOCS[doc].needs !== 'payment-schedule' || plan) return;
    void import('../../lib/documents/installment-url').then((m) => {
      const read = m.readScheduleUrl(params, today);
      setPlan(read);
      setPlanProblem(read === null);
    });
  }, [url, doc, plan, today, params]);

  useEffect(() => {
    if (!params || !url.debt || DOCS[doc].needs !== 'claim-calculation' || claim !== undefined) return;
    void import('../../lib/documents/claim-url').then((m) => setClaim(m.readClaimUrl(params, isoFromDay(today))));
  }, [url, doc, claim, today, params]);

  const needsNames = [data.me.signer, data.me.name, data.debtor.signer, data.debtor.name].some((s) => s.trim() !== '');
  useEffect(() => {
    if (!needsNames || decline) return;
    void import('../../lib/documents/decline').then((m) => setDecline(() => m.declineDative));
  }, [needsNames, decline]);

  /** The case store's bridge, loading it first when needed. */
  const withStore = (use: (m: CaseApi) => void): void => {
    if (store) return use(store);
    void loadStore()
      .then(use)
      .catch(() => setSaved(false));
  };
  /** Keep the form in the case; a link's calculation goes with it into the first case (the link made it). */
  const save = (m: CaseApi, next: StoredDocs): void => {
    saving.current = true;
    try {
      setSaved(m.saveDocs(next, source === 'url' && tools && params ? tools.claimQuery(params) : ''));
    } finally {
      saving.current = false;
    }
  };
  const update = (next: StoredDocs) => {
    setData(next);
    if (store) return save(store, next);
    // Until the store has loaded, only the latest form is saved, once, when it has (typing never waits for it).
    const first = pending.current === null;
    pending.current = next;
    if (!first) return;
    void loadStore()
      .then((m) => {
        const latest = pending.current;
        pending.current = null;
        if (latest) save(m, latest);
      })
      .catch(() => {
        pending.current = null;
        setSaved(false);
      });
  };
  /** «Удалить мои данные», once the user has confirmed it. */
  const forget = () => {
    withStore((m) => {
      setSaved(m.forgetEverything());
      setQuick(null);
    });
    setData(emptyStored());
  };
  /** The query of document `id` with the tools' parameters of the current address. */
  const queryOf = (id: DocId, m: ToolUrl | null = tools): string =>
    m && source === 'url' ? m.withDoc(new URLSearchParams(window.location.search), id).toString() : docQuery(id);
  const choose = (id: DocId) => {
    setDoc(id);
    history.pushState(null, '', `?${queryOf(id)}`);
  };
  /** The day an address counts the interest to, when it is before today (an old link). */
  const staleTo = source === 'url' && params && tools ? tools.countedTo(params) : null;
  /** «Пересчитать на сегодня»: the address's calculation, counted to today. */
  const recount = () => {
    if (!params) return;
    const next = new URLSearchParams(params);
    next.delete('to');
    history.replaceState(history.state, '', `?${next.toString()}`);
    void readTools(next, today, 'url');
  };

  return {
    today,
    /** The page has read the clock, the storage and the address. */
    ready: today !== SHELL_DAY && !reading,
    url,
    doc,
    data,
    /** The current case's quick details (client, amount, due date), when it has no calculation. */
    quick,
    decline,
    saved,
    builders,
    plan,
    planProblem,
    claim: claim ?? null,
    /** Where the numbers come from: the address ('url'), the current case ('case'), or nowhere yet. */
    source,
    /** The case line for a link's numbers (loaded with the tools' reader). */
    caseSlot: Slot && tools && params && source === 'url' ? { Slot, query: tools.claimQuery(params) } : null,
    staleTo: staleTo !== null && staleTo < today ? staleTo : null,
    recount,
    update,
    forget,
    choose,
    queryOf,
    /** Record a paper made (downloaded) for the current case. */
    made: (id: DocId) => withStore((m) => m.recordMade(id, isoFromDay(today), window.location.search.slice(1), data)),
    /** The case store is loaded (this browser holds a case, or a field was focused, or a paper made or marked). */
    hasCase: store !== null,
    /**
     * A field got focus: load the store now, so what is typed next is saved at once (a page left right after its
     * first keys would otherwise go before the store has loaded and keep nothing).
     */
    warm: () => {
      if (!store) void loadStore().catch(() => setSaved(false));
    },
    /** The date of a step of the current case ('' when none or no case is loaded). */
    stepDate: (step: StepId): string => store?.stepDate(step) ?? '',
    markStep: (step: StepId, date: string) => withStore((m) => m.markStep(step, date)),
  };
}
