/**
 * The note above a document is open on the first visit and folded after it (a phone's screen is short). Whether
 * it has been read is kept under this key: one flag, nothing about the user or the case, so «Удалить мои данные»
 * leaves it.
 */
export const NOTE_READ_KEY = 'knp:documents-note-read';

/** Whether to fold the note now; marks it as read. `store` is null where the browser gives no storage. */
export function foldNote(store: Pick<Storage, 'getItem' | 'setItem'> | null): boolean {
  try {
    if (store?.getItem(NOTE_READ_KEY)) return true;
    store?.setItem(NOTE_READ_KEY, '1');
  } catch {
    /* no storage: the note stays open */
  }
  return false;
}
