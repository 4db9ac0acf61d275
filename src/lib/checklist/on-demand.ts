/**
 * What the checklist page loads only when the user asks for it: the strict backup check (zod/mini) and
 * the CSV writer. One module, so the page's first load stays small and splits into few files.
 */
export { importBackup, MAX_BACKUP_CHARS } from './backup';
export { fileName, logToCsv } from './csv';
