import raw from '../../../content/checklists/checklist.json';
import { typographContent } from '../typography/typograph';
import { parseChecklist, flattenItems } from './content-schema';
import type { ChecklistItem, ChecklistPhase } from './items';

/** The checklist's phases from content/checklists/checklist.json, validated, text typographed (build-time use only). */
export function checklistPhases(): ChecklistPhase[] {
  return parseChecklist(typographContent(raw));
}

/** Every checklist item in order, for search and pages (build-time use only). */
export function checklistItems(): ChecklistItem[] {
  return flattenItems(checklistPhases());
}
