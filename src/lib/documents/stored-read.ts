/**
 * Reading the documents form's details (stored-state.ts's shape, version 2) from a stored text: the case store's
 * parts, or the documents' old store (knp:documents). A module of its own so that it loads with the case store and
 * not with the page's first script (the documents budget, decision 112).
 *
 * Any idKind stored other than one of ID_KINDS reads as ''. Version 1 (no invoices, no personal data) is read whole
 * with those empty — what the user saved is never dropped by an upgrade — and a text of a later version is read as
 * far as this one goes (decision 090). Every text is a string as typed (clipped to LIMITS.text); a missing or
 * damaged field reads as empty, so any stored value gives a usable form.
 */
import { emptyParty, ID_KINDS, PARTY_KINDS, type Party, type PartyKind } from './inputs';
import { emptyStored, type StoredDocs } from './stored-state';

/** Size limits: characters per text field, reconciliation lines, invoices. */
export const LIMITS = { text: 2000, lines: 200, invoices: 200 } as const;

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
