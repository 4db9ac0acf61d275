/** The documents page's state: the URL, the stored details, and the code loaded on demand (builders, schedule, declension). */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../lib/documents/doc-input';
import type { ClaimFigures } from '../../lib/documents/inputs';
import { EPOCH, isoFromDay, localToday } from '../../lib/date/day';
import { DEFAULT_DOC, DOCS, loadBuilder, type Builder, type DocId } from '../../lib/documents/catalog';
import type { Decliner } from '../../lib/documents/names';
import {
  emptyStored,
  readStored,
  STORAGE_KEY,
  CHECKLIST_STORAGE_KEY as CHECKLIST_KEY,
  writeStored,
  type ChecklistCase,
  type StoredDocs,
} from '../../lib/documents/stored-state';
import { docQuery, hasToolParams, readDocParam } from '../../lib/documents/doc-param';
import type { DocUrl } from '../../lib/documents/url-state';

/** The tools' URL reader (url-state.ts), loaded only when the address holds a tool's parameters. */
type ToolUrl = typeof import('../../lib/documents/url-state');
const toolUrl = (): Promise<ToolUrl> => import('../../lib/documents/url-state');

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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Everything the page holds, and how to change it. */
export function useDocumentsState() {
  const [today, setToday] = useState(SHELL_DAY);
  const [url, setUrl] = useState<DocUrl>(SHELL_URL);
  const [doc, setDoc] = useState<DocId>(DEFAULT_DOC);
  const [data, setData] = useState<StoredDocs>(emptyStored);
  const [checklist, setChecklist] = useState<ChecklistCase | null>(null);
  const [decline, setDecline] = useState<Decliner | undefined>(undefined);
  const [saved, setSaved] = useState(true);
  const [builders, setBuilders] = useState<Partial<Record<DocId, Builder>>>({});
  const [plan, setPlan] = useState<PageState['plan']>(null);
  const [planProblem, setPlanProblem] = useState(false);
  const [claim, setClaim] = useState<ClaimFigures | null | undefined>(undefined);
  /** The tools' URL reader once loaded; null while the address has no tool parameters or it is loading. */
  const [tools, setTools] = useState<ToolUrl | null>(null);
  const [reading, setReading] = useState(true);

  useEffect(() => {
    const day = localToday(new Date());
    const params = new URLSearchParams(window.location.search);
    const { doc: first, unknown } = readDocParam(params);
    const store = storage();
    const stored = readStored(store?.getItem(STORAGE_KEY) ?? null);
    setToday(day);
    setUrl({ ...SHELL_URL, doc: first, problems: unknown ? ['unknown-doc'] : [] });
    setDoc(first);
    setData(stored);
    if (hasToolParams(params))
      void toolUrl().then((m) => {
        const read = m.readDocUrl(params, day);
        setTools(m);
        setUrl(read);
        if (read.debtorKind) {
          const kind = read.debtorKind;
          setData((d) => ({ ...d, debtor: { ...d.debtor, kind } }));
        }
        setReading(false);
      });
    else setReading(false);
    // The checklist's reader loads only when the checklist has saved something.
    const checklistText = store?.getItem(CHECKLIST_KEY) ?? null;
    if (checklistText !== null)
      void import('../../lib/documents/checklist-case').then(({ activeCase }) => {
        const c = activeCase(checklistText);
        setChecklist(c);
        if (c && stored.debtor.name.trim() === '')
          setData((d) => (d.debtor.name.trim() === '' ? { ...d, debtor: { ...d.debtor, name: c.client } } : d));
      });
    const onPop = () => setDoc(readDocParam(new URLSearchParams(window.location.search)).doc);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (builders[doc]) return;
    void loadBuilder(doc).then((b) => setBuilders((all) => ({ ...all, [doc]: b })));
  }, [doc, builders]);
  useEffect(() => {
    if (!url.hasSchedule || DOCS[doc].needs !== 'payment-schedule' || plan) return;
    void import('../../lib/documents/installment-url').then((m) => {
      const read = m.readScheduleUrl(new URLSearchParams(window.location.search), today);
      setPlan(read);
      setPlanProblem(read === null);
    });
  }, [url, doc, plan, today]);

  useEffect(() => {
    if (!url.debt || DOCS[doc].needs !== 'claim-calculation' || claim !== undefined) return;
    void import('../../lib/documents/claim-url').then((m) =>
      setClaim(m.readClaimUrl(new URLSearchParams(window.location.search), isoFromDay(today))),
    );
  }, [url, doc, claim, today]);

  const needsNames = [data.me.signer, data.me.name, data.debtor.signer, data.debtor.name].some((s) => s.trim() !== '');
  useEffect(() => {
    if (!needsNames || decline) return;
    void import('../../lib/documents/decline').then((m) => setDecline(() => m.declineDative));
  }, [needsNames, decline]);

  const update = (next: StoredDocs) => {
    setData(next);
    try {
      storage()?.setItem(STORAGE_KEY, writeStored(next));
      setSaved(true);
    } catch {
      setSaved(false);
    }
  };
  const forget = () => {
    try {
      storage()?.removeItem(STORAGE_KEY);
    } catch {
      /* nothing stored */
    }
    setData(emptyStored());
  };
  /** The query of document `id` with the tools' parameters of the current address. */
  const queryOf = (id: DocId, m: ToolUrl | null = tools): string =>
    m ? m.withDoc(new URLSearchParams(window.location.search), id).toString() : docQuery(id);
  const choose = (id: DocId) => {
    setDoc(id);
    const params = new URLSearchParams(window.location.search);
    if (!hasToolParams(params)) history.pushState(null, '', `?${docQuery(id)}`);
    else void toolUrl().then((m) => history.pushState(null, '', `?${queryOf(id, m)}`));
  };

  return {
    today,
    /** The page has read the clock, the storage and the address. */
    ready: today !== SHELL_DAY && !reading,
    url,
    doc,
    data,
    checklist,
    decline,
    saved,
    builders,
    plan,
    planProblem,
    claim: claim ?? null,
    update,
    forget,
    choose,
    queryOf,
  };
}
