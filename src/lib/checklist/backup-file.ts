/** The marker every backup file carries in its `format` field. */
export const BACKUP_FORMAT = 'klient-ne-platit/checklist';

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
