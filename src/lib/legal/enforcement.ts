/**
 * Enforcement after the judgment (229-ФЗ от 02.10.2007), from docs/legal-facts.md «After the judgment»: the
 * least debt for which the bailiffs may restrict a debtor's travel abroad, and which debtors it applies to.
 */
import type { Mark } from './marks';

/** Kopecks in a ruble. */
const RUB = 100;

/**
 * A ban on travel abroad: only against a citizen or an ИП owing more than `limit` kopecks (229-ФЗ ст. 67 ч. 1,
 * [L]).
 */
export const TRAVEL_BAN: { limit: number; article: string; mark: Mark } = {
  limit: 30_000 * RUB,
  article: '229-ФЗ ст. 67 ч. 1',
  mark: 'L',
};

/** Whether the application to the bailiffs may ask to restrict the debtor's travel abroad. */
export function travelBanAllowed(debtor: 'company' | 'ip' | 'person', owed: number | null): boolean {
  return debtor !== 'company' && owed !== null && owed > TRAVEL_BAN.limit;
}
