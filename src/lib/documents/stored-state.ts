/**
 * The documents form's details as the page holds them, never in a URL: the user's own details, the client's, the
 * case, the invoices' numbers and dates, and the reconciliation lines. They are kept in the case store
 * (src/lib/case/, issue 22: the user's details as the profile, the rest in the current case); before it, the page
 * kept them under its own key (knp:documents, folded into the case store once: src/lib/case/legacy.ts).
 * stored-read.ts reads that shape from anything, the case store's parts included: it loads with the case store,
 * not with the page (the documents budget, decision 112), so the empty form and the shape stay here.
 *
 * Version 2: { version: 2, me: Party, debtor: Party, details: CaseDetails,
 *              invoices: [{ no: string, date: string }]   (by the order of the link's or the case's invoices),
 *              recon: { opening: string, from: string, to: string,
 *                       lines: [{ date, doc, amount: string, side: 'debit' | 'credit' }] } }
 * and each party a citizen's personal data for the court papers: birthDate, birthPlace, workPlace, idKind (one of
 * ID_KINDS or ''), idNumber.
 */
import { parseMoney } from '../money/kopecks';
import { emptyDetails, emptyParty, type CaseDetails, type InvoiceFact, type Party, type ReconLine } from './inputs';

/** A reconciliation line as typed. */
export interface StoredLine {
  date: string;
  doc: string;
  amount: string;
  side: 'debit' | 'credit';
}

/** The stored shape (version 2). */
export interface StoredDocs {
  version: 2;
  me: Party;
  debtor: Party;
  details: CaseDetails;
  /** The n-th invoice's number and date; shorter than the debt's invoices until they are typed. */
  invoices: InvoiceFact[];
  recon: { opening: string; from: string; to: string; lines: StoredLine[] };
}

/** The form before anything was typed. */
export function emptyStored(): StoredDocs {
  return {
    version: 2,
    me: emptyParty('company'),
    debtor: emptyParty('company'),
    details: emptyDetails(),
    invoices: [],
    recon: { opening: '', from: '', to: '', lines: [] },
  };
}

/** The current case's quick details (the checklist's): the client's name, the amount and the due date. */
export interface ChecklistCase {
  client: string;
  amount: number | null;
  dueDate: string;
}

/** The reconciliation as numbers: the opening balance (a leading minus: the user owes) and the usable lines. */
export function readRecon(s: StoredDocs): { opening: number; from: string; to: string; lines: ReconLine[] } {
  const neg = s.recon.opening.trim().startsWith('-');
  const open = parseMoney(s.recon.opening.trim().replace(/^-/, ''), { allowZero: true });
  const lines: ReconLine[] = [];
  for (const l of s.recon.lines) {
    const m = parseMoney(l.amount, { allowZero: true });
    if (m.ok && m.value > 0) lines.push({ date: l.date, doc: l.doc, amount: m.value, side: l.side });
  }
  return { opening: open.ok ? (neg ? -open.value : open.value) : 0, from: s.recon.from, to: s.recon.to, lines };
}
