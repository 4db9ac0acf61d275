import { kopecksToParam } from './amount';
import type { ChecklistId } from './schema';

/** The checklist with these items marked "to do now" (contract: /checklist/?now=<id>,<id>). */
export function checklistHref(ids: readonly ChecklistId[]): string {
  return ids.length ? `/checklist/?now=${ids.join(',')}` : '/checklist/';
}

/** The calculator in a mode, with the debt amount when known (contract: ?mode=…&amount=<rubles>). */
export function calculatorHref(mode: 'installments' | 'discount', kopecks?: number | null): string {
  const amount = kopecks && Number.isInteger(kopecks) && kopecks > 0 ? `&amount=${kopecksToParam(kopecks)}` : '';
  return `/calculator/?mode=${mode}${amount}`;
}
