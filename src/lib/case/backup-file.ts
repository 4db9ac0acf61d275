/** The marker every backup file carries in its `format` field. */
export const BACKUP_FORMAT = 'klient-ne-platit/checklist';

/** A new random id for a case or a log entry. */
export function newId(random: () => number = Math.random): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.floor(random() * 1e12).toString(36)}`;
}
