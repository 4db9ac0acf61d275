/**
 * What the checklist page loads only when the user asks for it: the backup writer, the strict backup check
 * (zod/mini), the import preview with its Russian text, and the CSV writer. One module, so the page's first
 * load stays small and splits into few files.
 */
export { confirmImport, exportBackup, previewImport } from './backup';
export { fileName, logToCsv } from './csv';
