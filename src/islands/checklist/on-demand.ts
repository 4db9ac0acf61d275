/**
 * What the checklist page loads only when the user asks for it (one dynamic `import()` of this module): the
 * backup writer, the strict backup check (zod/mini), the import preview with its Russian text, the CSV writer
 * and the file-download helper. One module, so the page's first load stays small and splits into few files.
 */
export { confirmImport, exportBackup, previewImport } from '../../lib/case/backup';
export { fileName, logToCsv } from '../../lib/checklist/csv';
export { download } from '../shared/download';
