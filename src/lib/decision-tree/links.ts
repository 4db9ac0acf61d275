import { modeQuery } from '../calculator/url-params';
import type { Mode } from '../calculator/url-state';
import { planQuery } from '../claim/url-params';
import type { DebtorKind } from '../claim/result';
import type { ChecklistId } from './content-schema';
import { routes } from '../site/routes';

/** The checklist with these items marked "to do now" (contract: /checklist/?now=<id>,<id>). */
export function checklistHref(ids: readonly ChecklistId[]): string {
  return routes.checklist(ids.length ? `now=${ids.join(',')}` : undefined);
}

/** The calculator in a mode, with the debt amount when known (its query written by the calculator's URL module). */
export function calculatorHref(mode: Mode, kopecks?: number | null): string {
  return routes.calculator(modeQuery(mode, kopecks ?? null));
}

/** The tree's question whose answer ids name the debtor as the claim calculator does (company, ip, person). */
export const DEBTOR_QUESTION = 'debtor';

/**
 * The claim calculator's query for a plan (written by the calculator's own URL module): the amount the user
 * typed in the tree and the debtor from the answers; "" without either.
 */
export function claimQuery(steps: readonly { question: string; answer: string }[], kopecks?: number | null): string {
  // The debtor question's answer ids are the calculator's debtor kinds (tests/content/decision-tree.test.ts).
  const debtor = steps.find((s) => s.question === DEBTOR_QUESTION)?.answer as DebtorKind | undefined;
  return planQuery(kopecks ?? null, debtor ?? null);
}

/** The claim calculator for a plan: its address with claimQuery's query. */
export function claimHref(steps: readonly { question: string; answer: string }[], kopecks?: number | null): string {
  const query = claimQuery(steps, kopecks);
  return routes.claim() + (query && `?${query}`);
}
