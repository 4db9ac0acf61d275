/**
 * The documents page's own URL parameter, `doc` (which document), read when the page opens. The tools'
 * parameters that may come with it (the debt, the schedule) are read by url-state.ts, which the page loads only
 * when the address holds any: a visitor who opens «Документы» from the menu does not download the calculators'
 * URL readers.
 */
import { DEFAULT_DOC, DOC_IDS, type DocId } from './catalog';

/** The document the URL names (the claim letter when none), and whether it named one the page does not know. */
export function readDocParam(params: URLSearchParams): { doc: DocId; unknown: boolean } {
  const value = params.get('doc');
  const doc = (DOC_IDS as readonly string[]).includes(value ?? '') ? (value as DocId) : DEFAULT_DOC;
  return { doc, unknown: value !== null && value !== doc };
}

/** Whether the URL holds anything besides `doc` (a tool's parameters, for url-state.ts to read). */
export const hasToolParams = (params: URLSearchParams): boolean => [...params.keys()].some((k) => k !== 'doc');

/** The query of one document with nothing else. */
export const docQuery = (doc: DocId): string => new URLSearchParams({ doc }).toString();
