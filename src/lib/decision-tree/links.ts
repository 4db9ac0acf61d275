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

/** The tree's question whose answer ids name the debtor as the claim calculator does (company, ip, person). */
export const DEBTOR_QUESTION = 'debtor';

/**
 * The claim calculator's query for a plan (contract: debt=<rubles>&from=plan&debtor=<id>): the amount the user
 * typed in the tree as `debt`, marked `from=plan` so the calculator can say it may already hold interest, and the
 * debtor from the answers; "" without either.
 */
export function claimQuery(steps: readonly { question: string; answer: string }[], kopecks?: number | null): string {
  const parts: string[] = [];
  if (kopecks && Number.isInteger(kopecks) && kopecks > 0) parts.push(`debt=${toUrl(kopecks)}`, 'from=plan');
  for (const s of steps) if (s.question === DEBTOR_QUESTION) parts.push(`debtor=${s.answer}`);
  return parts.join('&');
}

/** The claim calculator for a plan: its address with claimQuery's query. */
export function claimHref(steps: readonly { question: string; answer: string }[], kopecks?: number | null): string {
  const query = claimQuery(steps, kopecks);
  return routes.claim() + (query && `?${query}`);
}
