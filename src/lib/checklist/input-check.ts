/** Turning what the user typed into the checklist's forms into values, or the key of a message saying why not. */
import { entryRoom, type EntryFields } from '../case/actions';
import { isIsoDate, type Case } from '../case/stored-state';
import { DEBT, parseMoney, type MoneyError, type Parsed } from '../money/kopecks';

/**
 * The case's debt as typed: kopecks by the money module's debt rules (as in the tree and the calculator), null
 * for an empty field (no amount yet), or the money error code whose text the page passes in.
 */
export const readCaseAmount = (text: string): Parsed<number | null, MoneyError> =>
  text.trim() === '' ? { ok: true, value: null } : parseMoney(text, DEBT);

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
