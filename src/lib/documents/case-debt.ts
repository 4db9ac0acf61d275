/** The checklist case's debt as the documents use it, when the URL brings none. */
import { dayFromIso, type Day } from '../date/day';
import type { DebtFacts } from './inputs';
import type { ChecklistCase } from './stored-state';

/** The case's debt, when it has an amount and a due date. */
export function caseDebt(c: ChecklistCase | null, today: Day): DebtFacts | null {
  const due = c ? dayFromIso(c.dueDate) : null;
  if (!c || c.amount === null || c.amount <= 0 || due === null) return null;
  return { invoices: [{ due, amount: c.amount }], payments: [], to: today, claimSent: null };
}
