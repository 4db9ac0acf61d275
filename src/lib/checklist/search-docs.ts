import type { SearchDoc } from '../search/doc';
import { sitePaths } from '../site/routes';
import type { ChecklistItem } from './items';

/** One search document per checklist item, deep-linking to the item on /checklist/. */
export function checklistSearchDocs(items: readonly ChecklistItem[]): SearchDoc[] {
  return items.map((item) => ({
    id: `check:${item.id}`,
    kind: 'checklist',
    url: sitePaths.checklist(undefined, item.id),
    title: item.title,
    context: `Чек-лист › ${item.phaseTitle}`,
    text: item.hint,
    keywords: ['чек-лист', item.guide.label.toLowerCase()],
  }));
}
