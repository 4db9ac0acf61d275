/** The documents page's state: the URL, the stored details, and the code loaded on demand (builders, schedule, declension). */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../lib/documents/doc-input';
import type { ClaimResult } from '../../lib/claim/result';
import { calendarDay, toIsoDate } from '../../lib/format/date';
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
import { readDocUrl, withDoc, type DocUrl } from '../../lib/documents/url-state';

/** The day of the server-rendered shell (no clock there): the island is ready once it differs. */
export const SHELL_DAY = new Date(Date.UTC(2000, 0, 1));
const SHELL_URL: DocUrl = { doc: DEFAULT_DOC, debt: null, debtorKind: null, hasSchedule: false, problems: [] };

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
  const [claim, setClaim] = useState<ClaimResult | null | undefined>(undefined);

  useEffect(() => {
    const day = calendarDay(new Date());
    const read = readDocUrl(new URLSearchParams(window.location.search), day);
    const store = storage();
    const stored = readStored(store?.getItem(STORAGE_KEY) ?? null);
    if (read.debtorKind) stored.debtor = { ...stored.debtor, kind: read.debtorKind };
    setToday(day);
    setUrl(read);
    setDoc(read.doc);
    setData(stored);
    // The checklist's reader loads only when the checklist has saved something.
    const checklistText = store?.getItem(CHECKLIST_KEY) ?? null;
    if (checklistText !== null)
      void import('../../lib/documents/checklist-case').then(({ activeCase }) => {
        const c = activeCase(checklistText);
        setChecklist(c);
        if (c && stored.debtor.name.trim() === '')
          setData((d) => (d.debtor.name.trim() === '' ? { ...d, debtor: { ...d.debtor, name: c.client } } : d));
      });
    const onPop = () => setDoc(readDocUrl(new URLSearchParams(window.location.search), day).doc);
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
      setClaim(m.readClaimUrl(new URLSearchParams(window.location.search), toIsoDate(today))),
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
  const choose = (id: DocId) => {
    setDoc(id);
    history.pushState(null, '', `?${withDoc(new URLSearchParams(window.location.search), id).toString()}`);
  };

  return {
    today,
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
  };
}
