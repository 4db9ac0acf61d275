import {
  CHANNELS,
  LIMITS,
  dict,
  emptyCase,
  isIsoDate,
  type Case,
  type DocRecord,
  type LogEntry,
  type PartName,
  type State,
  type StepId,
  type Tree,
} from './stored-state';
import { MAX_KOPECKS } from '../money/kopecks';

/** Pure changes to the state. Each takes the stamp to record (`at`, from the store's monotonic clock). */

/** Cases that are not deleted, oldest first. */
export function liveCases(state: State): [string, Case][] {
  return Object.entries(state.cases)
    .filter(([, c]) => !c.deleted)
    .sort(([, a], [, b]) => a.createdAt - b.createdAt);
}

/** The case being worked on: the active one if alive, else the first live one, else null. */
export function activeCase(state: State): [string, Case] | null {
  const live = liveCases(state);
  return live.find(([id]) => id === state.activeCaseId) ?? live[0] ?? null;
}

/** Log entries that are not deleted, newest contact first. */
export function liveEntries(c: Case): [string, LogEntry][] {
  return Object.entries(c.log)
    .filter(([, e]) => !e.deleted)
    .sort(([, a], [, b]) => (a.date === b.date ? b.updatedAt - a.updatedAt : a.date < b.date ? 1 : -1));
}

/** How many of the given items are ticked in a case (ticks of removed items do not count). */
export function progress(c: Case | null, itemIds: readonly string[]): { done: number; total: number } {
  const done = c ? itemIds.filter((id) => Object.hasOwn(c.ticks, id) && c.ticks[id]!.done).length : 0;
  return { done, total: itemIds.length };
}

const withCase = (state: State, id: string, fn: (c: Case) => Case): State => {
  if (!Object.hasOwn(state.cases, id)) return state;
  const changed = fn(state.cases[id]!);
  if (changed === state.cases[id]) return state;
  const cases = dict<Case>();
  Object.assign(cases, state.cases);
  cases[id] = changed;
  return { ...state, cases };
};

/** How many more cases fit (LIMITS.cases); 0 or less means none. */
export const caseRoom = (state: State): number => LIMITS.cases - live(state.cases);

/** How many more log entries fit in a case (LIMITS.entries). */
export const entryRoom = (c: Case): number => LIMITS.entries - live(c.log);

const live = (record: Record<string, { deleted?: true }>): number =>
  Object.values(record).filter((v) => !v.deleted).length;

/**
 * Whether case details are what the saved-data reader keeps as they are (the limits live here, not only in
 * the form): a client name within LIMITS.client, an amount of whole kopecks up to MAX_KOPECKS, a real date.
 */
function caseFits({ client, amount, dueDate }: Partial<Pick<Case, 'client' | 'amount' | 'dueDate'>>): boolean {
  return (
    (client === undefined || client.length <= LIMITS.client) &&
    (amount === undefined ||
      amount === null ||
      (Number.isSafeInteger(amount) && amount > 0 && amount <= MAX_KOPECKS)) &&
    (dueDate === undefined || dueDate === '' || isIsoDate(dueDate))
  );
}

/** Whether a log entry is what the reader keeps as it is: a real date, a known channel, texts within LIMITS.text. */
const entryFits = (f: EntryFields): boolean =>
  isIsoDate(f.date) &&
  (f.nextDate === '' || isIsoDate(f.nextDate)) &&
  CHANNELS.includes(f.channel) &&
  [f.said, f.agreed, f.next].every((t) => t.length <= LIMITS.text);

/** Start a new case and make it active; nothing changes when no more cases fit. */
export function addCase(
  state: State,
  id: string,
  at: number,
  details: Partial<Pick<Case, 'client' | 'amount' | 'dueDate'>> = {},
): State {
  if (caseRoom(state) <= 0 || Object.hasOwn(state.cases, id) || !caseFits(details)) return state;
  const cases = dict<Case>();
  Object.assign(cases, state.cases);
  cases[id] = { ...emptyCase(at), ...details };
  return { ...state, cases, activeCaseId: id };
}

/** Change a case's client, amount or due date. */
export function updateCase(
  state: State,
  id: string,
  at: number,
  details: Partial<Pick<Case, 'client' | 'amount' | 'dueDate'>>,
): State {
  return caseFits(details) ? withCase(state, id, (c) => ({ ...c, ...details, updatedAt: at })) : state;
}

/** Delete a case (kept as a tombstone so other tabs do not bring it back). */
export function removeCase(state: State, id: string, at: number): State {
  const next = withCase(state, id, (c) => ({ ...emptyCase(c.createdAt), deleted: true, updatedAt: at }));
  return next.activeCaseId === id ? { ...next, activeCaseId: liveCases(next)[0]?.[0] ?? null } : next;
}

/** Make a case the one shown. */
export function selectCase(state: State, id: string): State {
  return Object.hasOwn(state.cases, id) ? { ...state, activeCaseId: id } : state;
}

/** Tick or untick one item in a case. */
export function setTick(state: State, caseId: string, itemId: string, done: boolean, at: number): State {
  return withCase(state, caseId, (c) => {
    const ticks = dict<Case['ticks'][string]>();
    Object.assign(ticks, c.ticks);
    ticks[itemId] = { done, at };
    return { ...c, ticks };
  });
}

/** Untick every item of a case (the log stays). */
export function resetTicks(state: State, caseId: string, at: number): State {
  return withCase(state, caseId, (c) => {
    const ticks = dict<Case['ticks'][string]>();
    for (const id of Object.keys(c.ticks)) ticks[id] = { done: false, at };
    return { ...c, ticks };
  });
}

/** The editable fields of a log entry. */
export type EntryFields = Omit<LogEntry, 'updatedAt' | 'deleted'>;

/** Add or replace a log entry; a new entry is not added when the case's log is full. */
export function saveEntry(state: State, caseId: string, entryId: string, fields: EntryFields, at: number): State {
  return withCase(state, caseId, (c) => {
    const known = Object.hasOwn(c.log, entryId) && !c.log[entryId]!.deleted;
    if ((!known && entryRoom(c) <= 0) || !entryFits(fields)) return c;
    const log = dict<LogEntry>();
    Object.assign(log, c.log);
    log[entryId] = { ...fields, updatedAt: at };
    return { ...c, log };
  });
}

/** Delete a log entry (kept as a tombstone). */
export function removeEntry(state: State, caseId: string, entryId: string, at: number): State {
  return withCase(state, caseId, (c) => {
    if (!Object.hasOwn(c.log, entryId)) return c;
    const log = dict<LogEntry>();
    Object.assign(log, c.log);
    log[entryId] = { ...c.log[entryId]!, said: '', agreed: '', next: '', deleted: true, updatedAt: at };
    return { ...c, log };
  });
}

/**
 * Apply `change` to the active case, creating one first when there is none (the first tick or entry of a
 * visit starts a case). `newCaseId` is used only then.
 */
export function onActiveCase(
  state: State,
  newCaseId: string,
  at: number,
  change: (s: State, caseId: string, at: number) => State,
): State {
  const current = activeCase(state);
  if (current) return change(state, current[0], at);
  const created = addCase(state, newCaseId, at);
  return created === state ? state : change(created, newCaseId, at);
}

/** Archive a case (it leaves the list of current cases, nothing in it is lost) or bring it back. */
export function archiveCase(state: State, id: string, archived: boolean, at: number): State {
  return withCase(state, id, (c) => {
    const { archived: _, ...rest } = c;
    return { ...rest, ...(archived && { archived: true }), updatedAt: at };
  });
}

/** Replace one part of a case (a tool's inputs) with `value`, or remove it with null. */
export function setPart(state: State, caseId: string, name: PartName, value: Tree | null, at: number): State {
  return withCase(state, caseId, (c) => ({ ...c, parts: { ...c.parts, [name]: { value: value ?? '', at } } }));
}

/** Record the date a step of the case happened ('' clears it). */
export function setStep(state: State, caseId: string, step: StepId, date: string, at: number): State {
  if (date !== '' && !isIsoDate(date)) return state;
  return withCase(state, caseId, (c) => ({ ...c, steps: { ...c.steps, [step]: { date, at } } }));
}

/** Record a paper made for a case (the oldest are dropped beyond LIMITS.rows). */
export function recordDoc(state: State, caseId: string, docId: string, doc: Omit<DocRecord, 'at'>, at: number): State {
  if (!isIsoDate(doc.date)) return state;
  return withCase(state, caseId, (c) => {
    const docs = dict<DocRecord>();
    const kept = Object.entries(c.docs)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, LIMITS.rows - 1);
    for (const [k, v] of kept) docs[k] = v;
    docs[docId] = { ...doc, at };
    return { ...c, docs };
  });
}

/** Replace the user's own details («Ваши данные»), one profile for all cases. */
export function setProfile(state: State, value: Tree, at: number): State {
  return { ...state, profile: { value, at } };
}

/**
 * «Удалить мои данные»: every case becomes a tombstone (its id and stamps only) and the profile empty, so no
 * other tab can bring any of it back.
 */
export function forgetAll(state: State, at: number): State {
  let next: State = { ...state, profile: state.profile ? { value: '', at } : null };
  for (const id of Object.keys(state.cases)) next = removeCase(next, id, at);
  return { ...next, activeCaseId: null };
}
