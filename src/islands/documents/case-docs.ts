/**
 * The documents page and the case store (loaded on demand, like the tools' case line): the form's details come
 * from the user's profile («Ваши данные») and the current case (the client, the contract, the invoices' numbers,
 * the reconciliation), and go back there as they are typed; the debt comes from the case's claim calculation.
 */
import { caseReady as storeReady, caseStore, changeCase } from '../shared/use-case';
import {
  activeCase,
  addCase,
  onActiveCase,
  recordDoc,
  setPart,
  setProfile,
  setStep,
  updateCase,
} from '../../lib/case/actions';
import { newId } from '../../lib/case/backup-file';
import { hasText } from '../../lib/case/legacy';
import { LIMITS, type StepId, type Tree } from '../../lib/case/stored-state';
import { saveToolQuery, toolQueries } from '../../lib/case/tool-part';
import { CLAIM_TOOL } from '../../lib/case/key';
import { readStored } from '../../lib/documents/stored-read';
import type { ChecklistCase, StoredDocs } from '../../lib/documents/stored-state';

/** The form's parts a case keeps (the user's own details are the profile). */
const PARTS = ['debtor', 'details', 'invoices', 'recon'] as const;

const tree = (v: unknown): Tree => v as Tree;

/** What the page reads from the case store. */
export interface CaseDocs {
  data: StoredDocs;
  /** The case's claim calculation and payment plan, as their tools' queries ('' for none). */
  claimQuery: string;
  planQuery: string;
  /** The case's quick details from the checklist (its client, amount and due date), null without a case. */
  quick: ChecklistCase | null;
  /** Whether what is typed is kept (storage allowed, not full, not a newer version's data). */
  saved: boolean;
}

/** Resolves once the store has read storage and folded in the documents' old store. */
export const caseReady = (): Promise<void> => storeReady();

/** The form as the profile and the current case hold it. */
export function caseDocs(): CaseDocs {
  const { state, persistence } = caseStore().get();
  const c = activeCase(state)?.[1];
  const raw: Record<string, unknown> = { version: 2, me: state.profile?.value };
  for (const p of PARTS) raw[p] = c?.parts[p]?.value;
  const queries = toolQueries(state);
  return {
    data: readStored(JSON.stringify(raw)),
    claimQuery: queries.claim,
    planQuery: queries.plan,
    quick: c ? { client: c.client, amount: c.amount, dueDate: c.dueDate } : null,
    saved: persistence === 'saved',
  };
}

/**
 * Keep the form: the user's details as the profile, the rest in the current case (a new one when there is none
 * and the client's side holds anything; it keeps `claimQuery`, the calculation of the link the page shows, as
 * a tool's first usable calculation makes the first case). Only the parts that changed are written, so another
 * tab's edits of other parts stay. True when it is kept (the store's persistence is 'saved').
 */
export function saveDocs(data: StoredDocs, claimQuery = ''): boolean {
  changeCase((s, at) => {
    let next = s;
    if (JSON.stringify(s.profile?.value ?? '') !== JSON.stringify(data.me)) next = setProfile(next, tree(data.me), at);
    let current = activeCase(next);
    if (!current) {
      if (!PARTS.some((p) => hasText(tree(data[p])))) return next;
      const id = newId();
      next = claimQuery ? saveToolQuery(next, CLAIM_TOOL, claimQuery, at, id) : addCase(next, id, at);
      current = activeCase(next);
      if (!current) return next;
    }
    const [id, c] = current;
    for (const p of PARTS)
      if (JSON.stringify(c.parts[p]?.value ?? '') !== JSON.stringify(data[p]))
        next = setPart(next, id, p, tree(data[p]), at);
    const name = data.debtor.name.trim().slice(0, LIMITS.client);
    if (name && c.client === '') next = updateCase(next, id, at, { client: name });
    return next;
  });
  return caseStore().get().persistence === 'saved';
}

/** Record a paper made for the current case (a new case when there is none): the document, its date, address, inputs. */
export function recordMade(doc: string, date: string, query: string, data: StoredDocs): void {
  changeCase((s, at) =>
    onActiveCase(s, newId(), at, (x, id, t) => recordDoc(x, id, newId(), { doc, date, query, inputs: tree(data) }, t)),
  );
}

/** The date a step of the current case happened ('' clears it); a new case when there is none. */
export function markStep(step: StepId, date: string): void {
  changeCase((s, at) => onActiveCase(s, newId(), at, (x, id, t) => setStep(x, id, step, date, t)));
}

/** The date the current case records for a step ('' when none). */
export function stepDate(step: StepId): string {
  return activeCase(caseStore().get().state)?.[1].steps[step]?.date ?? '';
}

/** «Удалить мои данные»: the profile and every case, from every key and every tab. */
export const forgetEverything = (): boolean => caseStore().forget();

/** Call `listener` when the store changes (another tab, or this page). */
export const onCase = (listener: () => void): (() => void) => caseStore().subscribe(listener);
