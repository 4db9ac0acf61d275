/**
 * The links other tools write into the claim calculator (a decision-tree plan's). With url-state.ts (the form's
 * reader and writer, its parameter names and values) the one owner of this URL format; kept apart so the tree's
 * island can link the calculator without loading the form's reader.
 */
import { toUrl } from '../money/kopecks';
import type { DebtorKind } from './result';

/**
 * The query of a decision-tree plan's link into the calculator: the amount the user typed in the tree as the
 * debt, marked from=plan (it may already hold interest), and the debtor when the answers name one; "" without
 * either.
 */
export function planQuery(kopecks: number | null, debtor: DebtorKind | null): string {
  const p = new URLSearchParams();
  if (kopecks !== null && Number.isInteger(kopecks) && kopecks > 0) {
    p.set('debt', toUrl(kopecks));
    p.set('from', 'plan');
  }
  if (debtor) p.set('debtor', debtor);
  return p.toString();
}
