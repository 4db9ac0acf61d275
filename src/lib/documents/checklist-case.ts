/** The checklist's current case, read (never written) from the checklist's own storage. */
import { readStoredText, STORAGE_KEY as CHECKLIST_KEY } from '../case/stored-state';
import type { ChecklistCase } from './stored-state';

export { CHECKLIST_KEY };

/** The active case of the checklist's stored text, or null when there is none. */
export function activeCase(text: string | null): ChecklistCase | null {
  const { state } = readStoredText(text);
  const id = state.activeCaseId;
  const c = id ? state.cases[id] : undefined;
  if (!c || c.deleted) return null;
  return { client: c.client, amount: c.amount, dueDate: c.dueDate };
}
