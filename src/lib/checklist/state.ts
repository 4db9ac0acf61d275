/**
 * The checklist's saved state and how old or damaged saved data is read. Stored as JSON under one
 * localStorage key (STORAGE_KEY). Every change carries a monotonic stamp (`at` / `updatedAt`, ms) so two
 * tabs can be merged entry by entry (see merge.ts).
 *
 * Version 2 (current):
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
export const CURRENT_VERSION = 2;
/** The id given to the one case a version 1 state becomes (fixed, so two tabs migrate alike). */
export const MIGRATED_CASE_ID = 'migrated-v1';
/** Ways of contacting a client a log entry can record. */
export const CHANNELS = ['call', 'email', 'messenger', 'meeting', 'letter'] as const;
/** A way of contacting the client. */
export type Channel = (typeof CHANNELS)[number];
/** Size limits, shared by the lenient reader and the strict import check. */
export const LIMITS = { cases: 50, entries: 1000, client: 120, text: 2000, ticks: 200, stamp: 9e15 } as const;

/** A tick (or an untick) of one item. */
export interface Tick {
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
  ticks: Record<string, Tick>;
  log: Record<string, LogEntry>;
}
/** The whole saved state (version 2). */
export interface State {
  version: 2;
  activeCaseId: string | null;
  cases: Record<string, Case>;
}
/** What reading saved data found: fine, nothing, migrated, repaired (something dropped), or unreadable. */
export type ReadOutcome = 'ok' | 'empty' | 'migrated' | 'repaired' | 'corrupt';

const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A key safe to use in a record: short, plain, never a prototype name. */
export const isSafeId = (v: unknown): v is string => typeof v === 'string' && ID.test(v) && !FORBIDDEN.has(v);
/** A YYYY-MM-DD date that exists in the calendar (no 2026-02-30). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !ISO.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
/** An empty record without a prototype, so no key can reach Object.prototype. */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
/** A fresh, empty state. */
export const emptyState = (): State => ({ version: 2, activeCaseId: null, cases: dict() });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stamp = (v: unknown): number | null =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= LIMITS.stamp ? (v as number) : null;
const text = (v: unknown, max: number): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

/** Read anything (parsed JSON) as a state, keeping every valid part; never throws. */
export function readState(raw: unknown): { state: State; outcome: ReadOutcome } {
  if (raw === null || raw === undefined) return { state: emptyState(), outcome: 'empty' };
  if (!isObj(raw)) return { state: emptyState(), outcome: 'corrupt' };
  if (raw['version'] === 1) return { state: migrateV1(raw), outcome: 'migrated' };
  if (typeof raw['version'] !== 'number' || raw['version'] < 2 || !isObj(raw['cases']))
    return { state: emptyState(), outcome: 'corrupt' };
  const state = emptyState();
  const { kept, lost } = limited(raw['cases'], LIMITS.cases);
  let dropped = lost;
  for (const [id, value] of kept) {
    const c = isSafeId(id) ? readCase(value) : null;
    if (!c) dropped++;
    else {
      state.cases[id] = c.value;
      dropped += c.dropped;
    }
  }
  const active = raw['activeCaseId'];
  state.activeCaseId = isSafeId(active) && Object.hasOwn(state.cases, active) ? active : null;
  return { state, outcome: dropped > 0 || raw['version'] !== 2 ? 'repaired' : 'ok' };
}

const gone = (v: unknown): number => (isObj(v) && v['deleted'] === true ? 1 : 0);

/** At most `max` entries, tombstones dropped first; `lost` counts live entries that did not fit. */
function limited(record: Record<string, unknown>, max: number): { kept: [string, unknown][]; lost: number } {
  const all = Object.entries(record).sort(([, a], [, b]) => gone(a) - gone(b));
  return { kept: all.slice(0, max), lost: all.slice(max).filter(([, v]) => !gone(v)).length };
}

function readCase(v: unknown): { value: Case; dropped: number } | null {
  if (!isObj(v)) return null;
  const updatedAt = stamp(v['updatedAt']);
  if (updatedAt === null) return null;
  let dropped = 0;
  const amount = v['amount'];
  const value: Case = {
    client: text(v['client'], LIMITS.client) ?? '',
    amount: Number.isSafeInteger(amount) && (amount as number) >= 0 ? (amount as number) : null,
    dueDate: isIsoDate(v['dueDate']) ? v['dueDate'] : '',
    createdAt: stamp(v['createdAt']) ?? updatedAt,
    updatedAt,
    ticks: dict(),
    log: dict(),
  };
  if (v['deleted'] === true) value.deleted = true;
  for (const [id, t] of Object.entries(isObj(v['ticks']) ? v['ticks'] : {}).slice(0, LIMITS.ticks)) {
    const at = isObj(t) ? stamp(t['at']) : null;
    if (isSafeId(id) && isObj(t) && typeof t['done'] === 'boolean' && at !== null)
      value.ticks[id] = { done: t['done'], at };
    else dropped++;
  }
  const log = limited(isObj(v['log']) ? v['log'] : {}, LIMITS.entries);
  dropped += log.lost;
  for (const [id, e] of log.kept) {
    const entry = isSafeId(id) ? readEntry(e) : null;
    if (entry) value.log[id] = entry;
    else dropped++;
  }
  return { value, dropped };
}

function readEntry(e: unknown): LogEntry | null {
  if (!isObj(e) || !isIsoDate(e['date']) || !CHANNELS.includes(e['channel'] as Channel)) return null;
  const updatedAt = stamp(e['updatedAt']);
  if (updatedAt === null) return null;
  const entry: LogEntry = {
    date: e['date'],
    channel: e['channel'] as Channel,
    said: text(e['said'], LIMITS.text) ?? '',
    agreed: text(e['agreed'], LIMITS.text) ?? '',
    next: text(e['next'], LIMITS.text) ?? '',
    nextDate: isIsoDate(e['nextDate']) ? e['nextDate'] : '',
    updatedAt,
  };
  if (e['deleted'] === true) entry.deleted = true;
  return entry;
}

/** Version 1 → 2: the single checklist's ticked ids become one case's ticks. */
export function migrateV1(raw: Record<string, unknown>): State {
  const state = emptyState();
  const at = stamp(raw['updatedAt']) ?? 1;
  const done = Array.isArray(raw['done']) ? raw['done'].filter(isSafeId).slice(0, LIMITS.ticks) : [];
  const c: Case = { client: '', amount: null, dueDate: '', createdAt: at, updatedAt: at, ticks: dict(), log: dict() };
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
  }
  return max;
}
