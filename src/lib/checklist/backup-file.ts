import type { Case, LogEntry, State } from './stored-state';

/** The marker every backup file carries in its `format` field. */
export const BACKUP_FORMAT = 'klient-ne-platit/checklist';

/**
 * The backup file's text: every case with its progress and log (the stored shape plus a marker).
 * Deleted cases and entries are left out: a backup restores what the user sees.
 */
export function exportBackup(state: State, exportedAt: Date): string {
  const cases: Record<string, Case> = {};
  for (const [id, c] of Object.entries(state.cases)) {
    if (c.deleted) continue;
    const log: Record<string, LogEntry> = {};
    for (const [entryId, e] of Object.entries(c.log)) if (!e.deleted) log[entryId] = e;
    cases[id] = { ...c, log };
  }
  const activeCaseId =
    state.activeCaseId !== null && Object.hasOwn(cases, state.activeCaseId) ? state.activeCaseId : null;
  return JSON.stringify(
    { format: BACKUP_FORMAT, exportedAt: exportedAt.toISOString(), version: 2, activeCaseId, cases },
    null,
    2,
  );
}

/** Today's date in the browser's own time zone as YYYY-MM-DD. */
export function localIsoDay(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A new random id for a case or a log entry. */
export function newId(random: () => number = Math.random): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.floor(random() * 1e12).toString(36)}`;
}
