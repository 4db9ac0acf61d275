/** Turning what the user typed into the checklist's forms into values, or the key of a message saying why not. */
import { entryRoom, type EntryFields } from './actions';
import { isIsoDate, type Case } from './stored-state';

/** Why a typed YYYY-MM-DD date cannot be used ('' is fine when `optional`), or null when it can. */
export const dateProblem = (value: string, optional: boolean): 'needDate' | 'badDate' | null =>
  value === '' ? (optional ? null : 'needDate') : isIsoDate(value) ? null : 'badDate';

/** Why a log entry cannot be saved (a message key), or null when it can. `isNew`: adding, not editing. */
export function checkEntry(fields: EntryFields, c: Case | null, isNew: boolean) {
  return (
    dateProblem(fields.date, false) ??
    (!fields.said.trim() && !fields.agreed.trim()
      ? 'needText'
      : dateProblem(fields.nextDate, true)
        ? 'badNextDate'
        : isNew && c && entryRoom(c) <= 0
          ? 'logFull'
          : null)
  );
}
