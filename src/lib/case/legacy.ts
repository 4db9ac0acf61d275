import { activeCase, addCase, setPart, setProfile, updateCase } from './actions';
import { LIMITS, readState, type State, type Tree } from './stored-state';
import { emptyDetails } from '../documents/inputs';

/**
 * The documents page's own store before the case store (issue 22): `{ version: 1 | 2, me, debtor, details,
 * invoices, recon }`. Read once: «me» becomes the profile unless one exists, the rest goes to the active case (or
 * a new one) where that case has none of it, and the key (key.ts LEGACY_DOCUMENTS_KEY) is removed once the case
 * store is written.
 */
/** The id of the case made for the documents' data when there was none (fixed, so two tabs fold alike). */
const DOCUMENTS_CASE_ID = 'migrated-documents';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PARTS = ['debtor', 'details', 'invoices', 'recon'] as const;

/** Fold the documents' saved text into `state`; null when the text is not the documents' data. */
export function foldDocuments(state: State, text: string, at: number): State | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(raw) || typeof raw['version'] !== 'number') return null;
  // Sanitise through the case store's own reader: the documents' values become Trees as it keeps them.
  const probe = readState({
    version: 3,
    activeCaseId: null,
    profile: { value: raw['me'] ?? '', at },
    cases: { x: { createdAt: at, parts: Object.fromEntries(PARTS.map((p) => [p, { value: raw[p] ?? '', at }])) } },
  }).state;
  let next = state;
  const me = probe.profile?.value;
  if (me && !hasText(next.profile?.value)) next = setProfile(next, me, at);
  const parts = probe.cases['x']?.parts ?? {};
  if (!PARTS.some((p) => hasText(parts[p]?.value))) return next;
  let current = activeCase(next);
  if (!current) {
    next = addCase(next, DOCUMENTS_CASE_ID, at);
    current = activeCase(next);
    if (!current) return next;
  }
  const [id, c] = current;
  for (const p of PARTS) {
    const value = parts[p]?.value;
    if (hasText(value) && !hasText(c.parts[p]?.value)) next = setPart(next, id, p, value!, at);
  }
  const name = parts.debtor?.value;
  if (c.client === '' && isObj(name) && typeof name['name'] === 'string' && name['name'].trim())
    next = updateCase(next, id, at, { client: name['name'].trim().slice(0, LIMITS.client) });
  return next;
}

/** Keys that hold a choice from a list (a party's kind, a line's side), not typed text. */
const CHOICES = new Set(['kind', 'idKind', 'side']);
/** Values the documents form starts with (its days to pay after the claim): left as they are, they are not text. */
const DEFAULTS: Readonly<Record<string, string>> = { payDays: emptyDetails().payDays };

/** Whether a Tree holds any typed text (a choice, or a value left at the form's default, is not text). */
export function hasText(v: Tree | undefined): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(hasText);
  return (
    typeof v === 'object' && Object.entries(v).some(([k, x]) => !CHOICES.has(k) && x !== DEFAULTS[k] && hasText(x))
  );
}
