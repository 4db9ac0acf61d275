import type { ChecklistId } from './schema';

/** The checklist with these items marked "to do now" (contract: /checklist/?now=<id>,<id>). */
export function checklistHref(ids: readonly ChecklistId[]): string {
  return ids.length ? `/checklist/?now=${ids.join(',')}` : '/checklist/';
}

/** The calculator in a mode, with the debt amount in whole rubles when known (contract: ?mode=…&amount=…). */
export function calculatorHref(mode: 'installments' | 'discount', amountRubles?: number): string {
  const amount = amountRubles !== undefined && Number.isFinite(amountRubles) && amountRubles > 0 ? `&amount=${Math.round(amountRubles)}` : '';
  return `/calculator/?mode=${mode}${amount}`;
}
