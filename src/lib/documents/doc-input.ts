/** What the documents page holds, turned into the input of the document it shows. */
import type { Day } from '../date/day';
import { DOCS, type DocId } from './catalog';
import type { ClaimFigures, DebtFacts, DocInput } from './inputs';
import type { Decliner } from './names';
import { readRecon, type StoredDocs } from './stored-state';

/** The page's state a document is built from. */
export interface PageState {
  today: Day;
  /** What the user typed (kept in this browser). */
  data: StoredDocs;
  /** The debt from the link, else from the checklist's case, else none. */
  debt: DebtFacts | null;
  /** The claim calculator's result for the link, once loaded (null without one). */
  claim: ClaimFigures | null;
  /** The payment calculator's schedule from the link, once loaded. */
  plan: DocInput['installment'];
  /** The surname declension, once loaded. */
  decline?: Decliner | undefined;
}

/** The input of document `doc`: a calculator's result goes only to a document whose row asks for it. */
export function docInput(doc: DocId, s: PageState): DocInput {
  const { needs } = DOCS[doc];
  return {
    today: s.today,
    me: s.data.me,
    debtor: s.data.debtor,
    details: s.data.details,
    // Each invoice of the link gets the number and date typed for it, by order.
    debt: s.debt && {
      ...s.debt,
      invoices: s.debt.invoices.map((l, i) => (s.data.invoices[i] ? { ...l, fact: s.data.invoices[i] } : l)),
    },
    claim: needs === 'claim-calculation' ? s.claim : null,
    installment: needs === 'payment-schedule' ? s.plan : null,
    recon: readRecon(s.data),
    ...(s.decline ? { decline: s.decline } : {}),
  };
}
