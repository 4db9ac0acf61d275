/** The checklist's current case, read (never written) from the checklist's own storage. */
import { readStoredText, STORAGE_KEY as CHECKLIST_KEY } from '../checklist/state';
import type { DebtFacts } from './inputs';
import type { ChecklistCase } from './stored-state';
import { parseIsoDate } from '../format/date';

export { CHECKLIST_KEY };

/** The active case of the checklist's stored text, or null when there is none. */
export function activeCase(text: string | null): ChecklistCase | null {
  const { state } = readStoredText(text);
  const id = state.activeCaseId;
  const c = id ? state.cases[id] : undefined;
  if (!c || c.deleted) return null;
  return { client: c.client, amount: c.amount, dueDate: c.dueDate };
}

/** The case's debt, when it has an amount and a due date (used when the URL brings none). */
export function caseDebt(c: ChecklistCase | null, today: Date): DebtFacts | null {
  const due = c ? parseIsoDate(c.dueDate) : null;
  if (!c || c.amount === null || c.amount <= 0 || !due) return null;
  return { invoices: [{ due, amount: c.amount }], payments: [], to: today, claimSent: null };
}
