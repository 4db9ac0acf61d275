/**
 * What the documents page keeps in this browser (localStorage key STORAGE_KEY), never in a URL: the
 * user's own details, the client's, the case, the invoices' numbers and dates, and the reconciliation lines.
 *
 * Version 2: { version: 2, me: Party, debtor: Party, details: CaseDetails,
 *              invoices: [{ no: string, date: string }]   (by the order of the link's or the case's invoices),
 *              recon: { opening: string, from: string, to: string,
 *                       lines: [{ date, doc, amount: string, side: 'debit' | 'credit' }] } }
 * and each party a citizen's personal data for the court papers: birthDate, birthPlace, workPlace, idKind (one of
 * ID_KINDS or ''; any other string stored reads as ''),
 * idNumber. Version 1 (no invoices, no personal data) is read whole with those empty — what the user saved is never
 * dropped by an upgrade — and a text of a later version is read as far as this one goes (decision 090).
 * Every text is a string as typed (clipped to LIMITS.text); a missing or damaged field reads as empty, so
 * any stored value gives a usable form. «Удалить мои данные» removes the key, personal data with the rest.
 */
import { parseMoney } from '../money/kopecks';
import {
  emptyDetails,
  emptyParty,
  ID_KINDS,
  PARTY_KINDS,
  type CaseDetails,
  type InvoiceFact,
  type Party,
  type PartyKind,
  type ReconLine,
} from './inputs';

/** The localStorage key. */
export const STORAGE_KEY = 'knp:documents';
/**
 * The checklist's key (src/lib/case/stored-state.ts, read only): a copy, so the page learns whether the
 * checklist saved anything without loading the checklist's reader; a unit test keeps the two equal.
 */
export const CHECKLIST_STORAGE_KEY = 'knp:checklist';
/** Size limits: characters per text field, reconciliation lines, invoices. */
export const LIMITS = { text: 2000, lines: 200, invoices: 200 } as const;

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

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v.slice(0, LIMITS.text) : fallback);

/** Copy the string fields of `shape` from `raw`, keeping the shape's value where raw has none. */
function strings<T extends object>(shape: T, raw: unknown): T {
  const src = isObj(raw) ? raw : {};
  const out = { ...shape } as Record<string, unknown>;
  for (const [k, v] of Object.entries(shape)) if (typeof v === 'string') out[k] = str(src[k], v);
  return out as T;
}

function readParty(raw: unknown, fallbackKind: PartyKind): Party {
  const src = isObj(raw) ? raw : {};
  const kind = (PARTY_KINDS as readonly string[]).includes(src['kind'] as string)
    ? (src['kind'] as PartyKind)
    : fallbackKind;
  const base = emptyParty(kind);
  const party = { ...strings(base, src), kind, bank: strings(base.bank, src['bank']) };
  // An identifier kind the page does not know (a foreign or damaged value, «__proto__» included) reads as none.
  const idKind = (ID_KINDS as readonly string[]).includes(party.idKind) ? party.idKind : '';
  return { ...party, idKind };
}

/** Read a stored text; never throws: damaged or foreign data gives the empty form. */
export function readStored(text: string | null): StoredDocs {
  const empty = emptyStored();
  let raw: unknown;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    return empty;
  }
  const version = isObj(raw) ? raw['version'] : null;
  if (!isObj(raw) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) return empty;
  const recon = isObj(raw['recon']) ? raw['recon'] : {};
  const list = (v: unknown, limit: number): unknown[] => (Array.isArray(v) ? v.slice(0, limit) : []);
  const lines = list(recon['lines'], LIMITS.lines);
  return {
    version: 2,
    me: readParty(raw['me'], 'company'),
    debtor: readParty(raw['debtor'], 'company'),
    details: strings(empty.details, raw['details']),
    // Version 1 has none. A damaged entry keeps its place (the order matches invoices) as an empty one.
    invoices: list(raw['invoices'], LIMITS.invoices).map((f) => strings({ no: '', date: '' }, f)),
    recon: {
      ...strings({ opening: '', from: '', to: '' }, recon),
      lines: lines.filter(isObj).map((l) => ({
        ...strings({ date: '', doc: '', amount: '' }, l),
        side: l['side'] === 'credit' ? 'credit' : 'debit',
      })),
    },
  };
}

/** The text to store. */
export function writeStored(state: StoredDocs): string {
  return JSON.stringify(state);
}

/** The checklist's current case as the documents need it: the client's name, the amount and the due date. */
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
