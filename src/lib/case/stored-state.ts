import { MAX_STAMP, clampStamp } from './clock';
import { MAX_KOPECKS } from '../money/kopecks';
import { dayFromIso, yearOf } from '../date/day';

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
const CURRENT_VERSION = 2 as const;
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
export const LIMITS = { cases: 50, entries: 1000, client: 120, text: 2000, ticks: 200 } as const;

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
  ticks: Record<string, Tick>;
  log: Record<string, LogEntry>;
}
/** The whole saved state (version 2). */
export interface State {
  version: typeof CURRENT_VERSION;
  activeCaseId: string | null;
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
export const emptyState = (): State => ({ version: CURRENT_VERSION, activeCaseId: null, cases: dict() });

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
  const readCase = (v: unknown): Case | null => {
    if (!isObj(v)) return null;
    const amount = v['amount'];
    const createdAt = stamp(v['createdAt'], 0);
    const c: Case = {
      client: text(v['client'], LIMITS.client),
      amount: keep(
        amount === null ||
          (Number.isSafeInteger(amount) && (amount as number) >= 0 && (amount as number) <= MAX_KOPECKS),
        amount,
        null,
      ),
      dueDate: date(v['dueDate']),
      createdAt,
      updatedAt: stamp(v['updatedAt'], createdAt),
      ...(v['deleted'] === true && { deleted: true }),
      ticks: dict(),
      log: dict(),
    };
    each(
      v['ticks'],
      (t) => (isObj(t) && typeof t['done'] === 'boolean' ? { done: t['done'], at: stamp(t['at'], 0) } : null),
      (id, t) => (c.ticks[id] = t),
    );
    each(v['log'], entry, (id, e) => (c.log[id] = e));
    return c;
  };
  const state = emptyState();
  each(raw['cases'], readCase, (id, c) => (state.cases[id] = c));
  const active = raw['activeCaseId'];
  state.activeCaseId = isSafeId(active) && Object.hasOwn(state.cases, active) ? active : null;
  return { state, outcome: version > CURRENT_VERSION ? 'newer' : repairs > 0 ? 'repaired' : 'ok' };
}

/** Version 1 → 2: the single checklist's ticked ids become one case's ticks. */
function migrateV1(raw: Record<string, unknown>): State {
  const state = emptyState();
  const at = typeof raw['updatedAt'] === 'number' ? clampStamp(raw['updatedAt']) : 1;
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
