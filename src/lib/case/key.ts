/** The localStorage key of the case store (the checklist's key: see stored-state.ts). */
export const STORAGE_KEY = 'knp:checklist';
/** The documents page's own store before the case store (folded in once: legacy.ts). */
export const LEGACY_DOCUMENTS_KEY = 'knp:documents';
