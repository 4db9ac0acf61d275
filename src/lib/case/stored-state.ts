import { MAX_STAMP, clampStamp } from './clock';
import { MAX_KOPECKS } from '../money/kopecks';
import { dayFromIso, yearOf } from '../date/day';

/**
 * The case store's saved state («Моё дело», issue 22) and how old or damaged saved data is read. Stored as JSON
 * under one localStorage key (STORAGE_KEY, the checklist's key: an older page still open reads version 3 as
 * newer and stops writing, decision 090). Every change carries a monotonic stamp (`at` / `updatedAt`, ms) so
 * two tabs can be merged entry by entry (see merge.ts).
 *
 * Version 3 (current) is version 2 plus:
 *   profile: { value: Tree, at } | null          — the user's own details («Ваши данные»), one for all cases;
 *   in each case: archived?: true,
 *     parts: { [PartName]: { value: Tree, at } } — the tools' inputs: the claim calculator's and the payment
 *            calculator's queries (amounts, dates, settings), the tree's answers, the debtor's details, the
 *            contract details, the invoices' numbers and dates, the reconciliation lines;
 *     steps: { [StepId]: { date: 'YYYY-MM-DD' | '', at } } — when each step of the case happened;
 *     docs:  { [id]: { doc, date, query, inputs: Tree, at } } — each paper made, with what it was made from.
 *   A Tree is text as typed: strings, booleans, lists and records of them (PartName-specific readers live with
 *   the tools). Each part, step and paper has its own stamp, so two tabs editing different parts keep both.
 * Version 2:
 *   { version: 2, activeCaseId: string | null,
 *     cases: { [caseId]: { client, amount: kopecks | null, dueDate: 'YYYY-MM-DD' | '',
 *                          createdAt, updatedAt, deleted?: true,
 *                          ticks: { [itemId]: { done: boolean, at } },
 *                          log: { [entryId]: { date, channel, said, agreed, next, nextDate,
 *                                              updatedAt, deleted?: true } } } } }
 *   Deleted cases, unticks and deleted log entries stay as tombstones so a merge never resurrects them.
 * Version 1 (before cases existed): { version: 1, done: string[], updatedAt?: number } — the ticked
 *   item ids of a single checklist. Read by migrating it into one case with id MIGRATED_CASE_ID.
 */

/** The localStorage key. */
export const STORAGE_KEY = 'knp:checklist';
/** The current version of the stored shape. */
export const CURRENT_VERSION = 3 as const;
/** The id given to the one case a version 1 state becomes (fixed, so two tabs migrate alike). */
export const MIGRATED_CASE_ID = 'migrated-v1';
/** Ways of contacting a client a log entry can record. */
export const CHANNELS = ['call', 'email', 'messenger', 'meeting', 'letter'] as const;
/** A way of contacting the client. */
export type Channel = (typeof CHANNELS)[number];
/**
 * Size limits. Cases, entries and ticks limit what can be added (by the user or by an import, checked on the
 * merged result) — never what is read back; text lengths are the form's own limits.
 */
export const LIMITS = {
  cases: 50,
  entries: 1000,
  client: 120,
  text: 2000,
  ticks: 200,
  /** Rows of a list in a part (invoices, reconciliation lines) and papers recorded per case. */
  rows: 200,
  /** A tool's query (the claim calculator's with 200 invoices is long). */
  query: 20000,
} as const;

/** The parts of a case the tools save, each whole with its own stamp. */
export const PART_NAMES = ['claim', 'plan', 'tree', 'debtor', 'details', 'invoices', 'recon'] as const;
/** A part of a case. */
export type PartName = (typeof PART_NAMES)[number];
/** The steps of a case, in the order they usually happen. */
export const STEP_IDS = [
  'claimSent',
  'claimReceived',
  'orderFiled',
  'orderIssued',
  'orderReceived',
  'orderCancelled',
  'suitFiled',
  'judgment',
  'judgmentInForce',
  'writIssued',
  'bankSent',
  'fsspSent',
  'paid',
] as const;
/** A step of a case. */
export type StepId = (typeof STEP_IDS)[number];

/** Text as typed, as the tools keep it: strings, booleans, and lists and records of them. */
export type Tree = string | boolean | Tree[] | { [key: string]: Tree };
/** A value saved whole, with the stamp of its last change. */
export interface Stamped {
  value: Tree;
  at: number;
}
/** The date a step happened ('' once cleared), stamped. */
export interface Step {
  date: string;
  at: number;
}
/** A paper made for a case: which document, its date, the address it was made with and its inputs. */
export interface DocRecord {
  doc: string;
  date: string;
  query: string;
  inputs: Tree;
  at: number;
}

/** A tick (or an untick) of one item. */
interface Tick {
  done: boolean;
  at: number;
}
/** One recorded contact with the client. */
export interface LogEntry {
  date: string;
  channel: Channel;
  said: string;
  agreed: string;
  next: string;
  nextDate: string;
  updatedAt: number;
  deleted?: true;
}
/** One unpaid client: its details, checklist progress and contact log. */
export interface Case {
  client: string;
  amount: number | null;
  dueDate: string;
  createdAt: number;
  updatedAt: number;
  deleted?: true;
  archived?: true;
  ticks: Record<string, Tick>;
  log: Record<string, LogEntry>;
  parts: Partial<Record<PartName, Stamped>>;
  steps: Partial<Record<StepId, Step>>;
  docs: Record<string, DocRecord>;
}
/** The whole saved state (version 3). */
export interface State {
  version: typeof CURRENT_VERSION;
  activeCaseId: string | null;
  profile: Stamped | null;
  cases: Record<string, Case>;
}
/**
 * What reading saved data found: fine, nothing, migrated, repaired (something could not be read as it was,
 * the original is kept aside by the store), unreadable, or written by a newer version of the site.
 */
export type ReadOutcome = 'ok' | 'empty' | 'migrated' | 'repaired' | 'corrupt' | 'newer';

const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Years a date may have: a debt, a contact or a next step outside them is a typing slip (01.01.0001). */
const YEARS = { min: 1970, max: 2100 } as const;

/** A key safe to use in a record: short, plain, never a prototype name. */
export const isSafeId = (v: unknown): v is string => typeof v === 'string' && ID.test(v) && !FORBIDDEN.has(v);
/** A YYYY-MM-DD date that exists in the calendar (no 2026-02-30) and lies within YEARS. */
export function isIsoDate(v: unknown): v is string {
  const day = typeof v === 'string' && v === v.trim() ? dayFromIso(v) : null;
  return day !== null && yearOf(day) >= YEARS.min && yearOf(day) <= YEARS.max;
}
/** An empty record without a prototype, so no key can reach Object.prototype. */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
/** A fresh, empty state. */
export const emptyState = (): State => ({
  version: CURRENT_VERSION,
  activeCaseId: null,
  profile: null,
  cases: dict(),
});
/** A case with nothing in it yet. */
export const emptyCase = (at: number): Case => ({
  client: '',
  amount: null,
  dueDate: '',
  createdAt: at,
  updatedAt: at,
  ticks: dict(),
  log: dict(),
  parts: dict(),
  steps: dict(),
  docs: dict(),
});

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read anything (parsed JSON) as a state, keeping every valid part; never throws. Never drops a live case
 * (no count limit applies on reading: limits stop new cases, not saved ones). Whatever is not kept exactly as
 * it was counts as a repair. Stamps are clamped to `ceiling` (an import passes the wall clock). A newer
 * version is read as far as it goes, with outcome 'newer'.
 */
export function readState(raw: unknown, ceiling: number = MAX_STAMP): { state: State; outcome: ReadOutcome } {
  if (raw === null || raw === undefined) return { state: emptyState(), outcome: 'empty' };
  if (!isObj(raw)) return { state: emptyState(), outcome: 'corrupt' };
  const version = raw['version'];
  if (version === 1) return { state: migrateV1(raw), outcome: 'migrated' };
  if (typeof version !== 'number' || version < 2 || !isObj(raw['cases']))
    return { state: emptyState(), outcome: (version as number) > CURRENT_VERSION ? 'newer' : 'corrupt' };
  let repairs = 0;
  /** `value` if `ok`, else `fallback` — counted as a repair unless the field was simply absent. */
  const keep = <T>(ok: boolean, value: unknown, fallback: T): T => {
    if (!ok && value !== undefined) repairs++;
    return ok ? (value as T) : fallback;
  };
  const stamp = (v: unknown, fallback: number): number => {
    if (typeof v !== 'number' || !(v >= 0)) return (repairs++, fallback);
    if (v > MAX_STAMP || !Number.isInteger(v)) repairs++;
    return clampStamp(v, ceiling);
  };
  const text = (v: unknown, max: number): string =>
    keep(typeof v === 'string' && v.length <= max, v, typeof v === 'string' ? v.slice(0, max) : '');
  const date = (v: unknown): string => keep(v === '' || isIsoDate(v), v, '');
  /** Each valid [id, value] of a record; every invalid one counts as a repair. */
  const each = <T>(v: unknown, read: (x: unknown) => T | null, put: (id: string, x: T) => void): void => {
    for (const [id, x] of Object.entries(keep(isObj(v), v, {}))) {
      const value = isSafeId(id) ? read(x) : null;
      if (value) put(id, value);
      else repairs++;
    }
  };
  const entry = (e: unknown): LogEntry | null =>
    !isObj(e) || !isIsoDate(e['date'])
      ? null
      : {
          date: e['date'],
          channel: keep(CHANNELS.includes(e['channel'] as Channel), e['channel'], 'call'),
          said: text(e['said'], LIMITS.text),
          agreed: text(e['agreed'], LIMITS.text),
          next: text(e['next'], LIMITS.text),
          nextDate: date(e['nextDate']),
          updatedAt: stamp(e['updatedAt'], 0),
          ...(e['deleted'] === true && { deleted: true }),
        };
  /** A Tree as saved: texts within `max`, lists within LIMITS.rows, plain keys, at most 4 levels deep. */
  const tree = (v: unknown, max: number, depth = 0): Tree | null => {
    if (typeof v === 'string') return text(v, max);
    if (typeof v === 'boolean') return v;
    if (depth >= 4) return null;
    if (Array.isArray(v)) {
      if (v.length > LIMITS.rows) repairs++;
      return v.slice(0, LIMITS.rows).map((x) => tree(x, max, depth + 1) ?? (repairs++, ''));
    }
    if (!isObj(v)) return null;
    const out = dict<Tree>();
    for (const [k, x] of Object.entries(v)) {
      const t = isSafeId(k) ? tree(x, max, depth + 1) : null;
      if (t === null) repairs++;
      else out[k] = t;
    }
    return out;
  };
  const stamped = (v: unknown, max: number): Stamped | null => {
    const value = isObj(v) ? tree(v['value'], max) : null;
    return value === null ? null : { value, at: stamp((v as Record<string, unknown>)['at'], 0) };
  };
  const readCase = (v: unknown): Case | null => {
    if (!isObj(v)) return null;
    const amount = v['amount'];
    const createdAt = stamp(v['createdAt'], 0);
    const c: Case = {
      ...emptyCase(createdAt),
      client: text(v['client'], LIMITS.client),
      amount: keep(
        amount === null ||
          (Number.isSafeInteger(amount) && (amount as number) >= 0 && (amount as number) <= MAX_KOPECKS),
        amount,
        null,
      ),
      dueDate: date(v['dueDate']),
      updatedAt: stamp(v['updatedAt'], createdAt),
      ...(v['deleted'] === true && { deleted: true }),
      ...(v['archived'] === true && { archived: true }),
    };
    each(
      v['ticks'],
      (t) => (isObj(t) && typeof t['done'] === 'boolean' ? { done: t['done'], at: stamp(t['at'], 0) } : null),
      (id, t) => (c.ticks[id] = t),
    );
    each(v['log'], entry, (id, e) => (c.log[id] = e));
    if (version < 3) return c;
    each(
      v['parts'],
      (p) => stamped(p, LIMITS.query),
      (id, p) => ((PART_NAMES as readonly string[]).includes(id) ? (c.parts[id as PartName] = p) : repairs++),
    );
    each(
      v['steps'],
      (t) =>
        isObj(t) && (t['date'] === '' || isIsoDate(t['date'])) ? { date: t['date'], at: stamp(t['at'], 0) } : null,
      (id, t) => ((STEP_IDS as readonly string[]).includes(id) ? (c.steps[id as StepId] = t) : repairs++),
    );
    each(
      v['docs'],
      (d) => {
        const inputs = isObj(d) ? tree(d['inputs'], LIMITS.query) : null;
        return inputs === null || !isObj(d) || typeof d['doc'] !== 'string' || !isIsoDate(d['date'])
          ? null
          : {
              doc: text(d['doc'], 40),
              date: d['date'],
              query: text(d['query'], LIMITS.query),
              inputs,
              at: stamp(d['at'], 0),
            };
      },
      (id, d) => (c.docs[id] = d),
    );
    return c;
  };
  const state = emptyState();
  each(raw['cases'], readCase, (id, c) => (state.cases[id] = c));
  const active = raw['activeCaseId'];
  state.activeCaseId = isSafeId(active) && Object.hasOwn(state.cases, active) ? active : null;
  const profile = raw['profile'];
  if (version >= 3 && profile !== null && profile !== undefined) {
    state.profile = stamped(profile, LIMITS.text);
    if (!state.profile) repairs++;
  }
  // Version 2 reads whole (it has none of the new fields): nothing to repair.
  return { state, outcome: version > CURRENT_VERSION ? 'newer' : repairs > 0 ? 'repaired' : 'ok' };
}

/** Version 1 → 3: the single checklist's ticked ids become one case's ticks. */
function migrateV1(raw: Record<string, unknown>): State {
  const state = emptyState();
  const at = typeof raw['updatedAt'] === 'number' ? clampStamp(raw['updatedAt']) : 1;
  const done = Array.isArray(raw['done']) ? raw['done'].filter(isSafeId).slice(0, LIMITS.ticks) : [];
  const c = emptyCase(at);
  for (const id of done) c.ticks[id] = { done: true, at };
  state.cases[MIGRATED_CASE_ID] = c;
  state.activeCaseId = MIGRATED_CASE_ID;
  return state;
}

/** Parse stored text; unreadable JSON counts as corrupt, never throws. */
export function readStoredText(value: string | null): { state: State; outcome: ReadOutcome } {
  if (value === null) return readState(null);
  try {
    return readState(JSON.parse(value) as unknown);
  } catch {
    return { state: emptyState(), outcome: 'corrupt' };
  }
}

/** The largest stamp anywhere in a state, so the next stamp can be later than all of them. */
export function latestStamp(state: State): number {
  let max = 0;
  for (const c of Object.values(state.cases)) {
    max = Math.max(max, c.updatedAt);
    for (const t of Object.values(c.ticks)) max = Math.max(max, t.at);
    for (const e of Object.values(c.log)) max = Math.max(max, e.updatedAt);
    for (const r of [...Object.values(c.parts), ...Object.values(c.steps), ...Object.values(c.docs)])
      max = Math.max(max, r.at);
  }
  return Math.max(max, state.profile?.at ?? 0);
}
