import raw from '../../../content/checklists/checklist.json';
import { parseChecklist, flattenItems } from './content-schema';
import type { ChecklistItem, ChecklistPhase } from './items';

/** The checklist's phases from content/checklists/checklist.json, validated (build-time use only). */
export function checklistPhases(): ChecklistPhase[] {
  return parseChecklist(raw);
}

/** Every checklist item in order, for search and pages (build-time use only). */
export function checklistItems(): ChecklistItem[] {
  return flattenItems(checklistPhases());
}
