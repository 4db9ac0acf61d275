import { toUrl } from '../money/kopecks';
import type { ChecklistId } from './content-schema';
import { routes } from '../site/routes';

/** The checklist with these items marked "to do now" (contract: /checklist/?now=<id>,<id>). */
export function checklistHref(ids: readonly ChecklistId[]): string {
  return routes.checklist(ids.length ? `now=${ids.join(',')}` : undefined);
}

/** The calculator in a mode, with the debt amount when known (contract: ?mode=…&amount=<rubles>). */
export function calculatorHref(mode: 'installments' | 'discount', kopecks?: number | null): string {
  const amount = kopecks && Number.isInteger(kopecks) && kopecks > 0 ? `&amount=${toUrl(kopecks)}` : '';
  return routes.calculator(`mode=${mode}${amount}`);
}
