/** Whether a claim's totals are beyond the site's one amount limit (MAX_KOPECKS, src/lib/money/kopecks.ts). */
import { MAX_KOPECKS } from '../money/kopecks';
import type { ClaimResult } from './result';

/** True when the invoices together, or the debt with its interest or penalty, exceed MAX_KOPECKS. */
export function claimTooLarge(result: ClaimResult): boolean {
  return result.totals.principal > MAX_KOPECKS || result.totals.claim > MAX_KOPECKS;
}
