/**
 * The names the case store shares with pages that have not loaded it (they load it only when storage holds a case).
 */

/** The localStorage key of the case store (the checklist's key: see stored-state.ts). */
export const STORAGE_KEY = 'knp:checklist';
/** The documents page's own store before the case store (folded in once: legacy.ts). */
export const LEGACY_DOCUMENTS_KEY = 'knp:documents';
/** The claim calculator's part of a case (tool-part.ts ToolPart): the documents keep a link's calculation in it. */
export const CLAIM_TOOL = 'claim';
