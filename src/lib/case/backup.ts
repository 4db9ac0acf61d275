import { liveCases, liveEntries } from './actions';
import { BACKUP_FORMAT } from './backup-file';
import { decodeBackupBytes, duplicateKey, unsafeShape } from './backup-text';
import { BackupSchema } from './backup-schema';
import { FIELD_NAMES, IMPORT_TEXT as T, ISSUE_TEXT, casesCount, entriesCount } from './import-messages';
import { formatIsoNumeric } from '../date/day';
import { fill } from '../format/fill';
import { mergeStates } from './merge';
import { CURRENT_VERSION, LIMITS, readState, type Case, type LogEntry, type State } from './stored-state';

/** Largest backup file accepted, in characters. */
export const MAX_BACKUP_CHARS = 5_000_000;

/** The result of reading a backup file: a state to merge in, or a message saying why it was refused. */
export type ImportResult = { ok: true; state: State; cases: number } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message: `${message} ${T.unchanged}` });

/** Check a backup file's bytes: strict decoding first, then importBackup. Never throws. */
export function importBackupBytes(bytes: Uint8Array, now?: number): ImportResult {
  if (bytes.length > MAX_BACKUP_CHARS * 4) return fail(T.tooBig);
  const text = decodeBackupBytes(bytes);
  return text === null ? fail(T.encoding) : importBackup(text, now);
}

/**
 * Check a backup file strictly; on any problem refuse it whole with a Russian message naming the place.
 * Stamps in the future are clamped (never trusted); an accepted file is read like saved data. Never throws.
 */
export function importBackup(textValue: string, now: number = Date.now()): ImportResult {
  if (textValue.length > MAX_BACKUP_CHARS) return fail(T.tooBig);
  let raw: unknown;
  try {
    raw = JSON.parse(textValue);
  } catch {
    return fail(T.notJson);
  }
  const unsafe = unsafeShape(raw);
  if (unsafe) return fail(unsafe === 'deep' ? T.deep : fill(T.forbidden, unsafe));
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return fail(T.notBackup);
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > CURRENT_VERSION) return fail(T.newer);
  const twice = duplicateKey(textValue);
  if (twice !== null) return fail(fill(T.duplicate, { key: twice }));
  const parsed = BackupSchema.safeParse(raw, {
    error: (issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) return ISSUE_TEXT['missing'];
      if (issue.code === 'unrecognized_keys')
        return fill(ISSUE_TEXT['unrecognized_keys']!, { key: issue.keys[0] ?? '' });
      return ISSUE_TEXT[issue.code ?? ''] ?? ISSUE_TEXT['other'];
    },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(fill(T.damaged, { where: describePath(raw, issue.path), reason: issue.message }));
  }
  const { state } = readState(parsed.data, now);
  return { ok: true, state, cases: liveCases(state).length };
}

/** «дело «Ромашка» › запись журнала от 20.11.2026 › что сказал клиент: » — where in the file a problem is. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  let parent = '';
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const field = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    if (parent === 'cases')
      parts.push(`дело «${typeof field['client'] === 'string' && field['client'] ? field['client'] : T.unnamed}»`);
    else if (parent === 'log')
      parts.push(`запись журнала от ${formatIsoNumeric(String(field['date'])) || String(key)}`);
    else if (parent === 'ticks') parts.push(`отметка «${String(key)}»`);
    else if (!['cases', 'log', 'ticks'].includes(String(key)) || key === path[path.length - 1])
      parts.push(FIELD_NAMES[String(key)] ?? String(key));
    parent = String(key);
  }
  return parts.length ? `${parts.join(' › ')}: ` : '';
}

/** What an import would do, for the preview; or why it cannot be done. */
export type ImportPlan =
  { ok: true; added: number; updated: number; removed: number; summary: string } | { ok: false; message: string };

/**
 * Compare what the browser has with what it would have after merging `incoming`: the counts the preview
 * shows («Будет добавлено 3 дела, обновлено 1, удалено 0»), or a refusal when the merged result would break
 * a limit — saying how many to delete first. An import is either refused or fits; never trimmed later.
 */
export function planImport(local: State, incoming: State): ImportPlan {
  const merged = mergeStates(local, incoming);
  const breach = limitBreach(local, merged);
  if (breach?.kind === 'cases') {
    const over = casesCount(breach.total - LIMITS.cases);
    return fail(fill(T.tooManyCases, { total: breach.total, max: LIMITS.cases, over }));
  }
  if (breach) {
    const name = merged.cases[breach.caseId]!.client || T.unnamed;
    const over = entriesCount(breach.total - LIMITS.entries);
    return fail(fill(T.tooManyEntries, { name, total: breach.total, max: LIMITS.entries, over }));
  }
  const before = new Map(liveCases(local));
  const after = new Map(liveCases(merged));
  let added = 0;
  let updated = 0;
  for (const [id, c] of after) {
    const was = before.get(id);
    if (!was) added++;
    else if (JSON.stringify(was) !== JSON.stringify(c)) updated++;
  }
  const removed = [...before.keys()].filter((id) => !after.has(id)).length;
  const summary =
    added + updated + removed === 0 ? T.nothingNew : fill(T.preview, { added: casesCount(added), updated, removed });
  return { ok: true, added, updated, removed, summary };
}

/**
 * The backup file's text: every case with its progress, log, tools' inputs, steps and papers, and the user's
 * own details (the stored shape plus a marker) — or, given `onlyCase`, that one case without the profile.
 * Deleted cases and entries are left out: a backup restores what the user sees.
 */
export function exportBackup(state: State, exportedAt: Date, onlyCase?: string): string {
  const cases: Record<string, Case> = {};
  for (const [id, c] of Object.entries(state.cases)) {
    if (c.deleted || (onlyCase !== undefined && id !== onlyCase)) continue;
    const log: Record<string, LogEntry> = {};
    for (const [entryId, e] of Object.entries(c.log)) if (!e.deleted) log[entryId] = e;
    cases[id] = { ...c, log };
  }
  const activeCaseId =
    state.activeCaseId !== null && Object.hasOwn(cases, state.activeCaseId) ? state.activeCaseId : null;
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      exportedAt: exportedAt.toISOString(),
      version: CURRENT_VERSION,
      activeCaseId,
      profile: onlyCase === undefined && state.profile?.value ? state.profile : null,
      cases,
    },
    null,
    2,
  );
}

/** What an import would break: too many cases, or too many entries in one case; null when it fits. */
type LimitBreach = { kind: 'cases'; total: number } | { kind: 'entries'; total: number; caseId: string };

/**
 * Check a merged state against the limits. Only what grew counts: a store that is already over a limit
 * (from before limits were checked) can still take an import that adds nothing to it.
 */
function limitBreach(before: State, after: State): LimitBreach | null {
  const total = liveCases(after).length;
  if (total > LIMITS.cases && total > liveCases(before).length) return { kind: 'cases', total };
  for (const [caseId, c] of liveCases(after)) {
    const n = liveEntries(c).length;
    const was = Object.hasOwn(before.cases, caseId) ? liveEntries(before.cases[caseId]!).length : 0;
    if (n > LIMITS.entries && n > was) return { kind: 'entries', total: n, caseId };
  }
  return null;
}

/** Merge an imported state in, entry by entry; nothing changes when the result would break a limit. */
export function importCases(state: State, incoming: State): State {
  const merged = mergeStates(state, incoming);
  return limitBreach(state, merged) ? state : merged;
}

/** What the import panel shows: a message, and while a preview waits for «Загрузить», the file's state. */
export interface ImportStep {
  ok: boolean;
  text: string;
  incoming?: State;
}

/** The part of the store an import uses. */
interface ImportTarget {
  get(): { state: State };
  update(change: (state: State, at: number) => State): void;
  now(): number;
}

/** Read a chosen file and preview what it would change (nothing is written yet). */
export function previewImport(store: ImportTarget, bytes: Uint8Array, incoming?: State): ImportStep {
  const read = incoming ? { ok: true as const, state: incoming } : importBackupBytes(bytes, store.now());
  if (!read.ok) return { ok: false, text: read.message };
  const plan = planImport(store.get().state, read.state);
  return plan.ok ? { ok: true, text: plan.summary, incoming: read.state } : { ok: false, text: plan.message };
}

/**
 * «Загрузить» after a preview: if what the browser holds changed meanwhile (another tab), say so and write
 * nothing; otherwise merge the file in. `text` gives the two outcomes' messages.
 */
export function confirmImport(
  store: ImportTarget,
  step: ImportStep,
  text: { done: string; stale: string },
): ImportStep {
  const again = previewImport(store, new Uint8Array(), step.incoming);
  if (!again.ok || again.text !== step.text) return again.ok ? { ok: false, text: text.stale } : again;
  store.update((s) => importCases(s, step.incoming!));
  return { ok: true, text: text.done };
}
