/**
 * The claim calculator's result for a documents URL: its own URL state, checks and calculation
 * (src/lib/claim), so the claim letter and the court-order application carry exactly what the claim
 * calculator shows for the same link, and how the documents write it out (claim-table.ts). Loaded by the page
 * only for those two documents.
 */
import { calculateClaim } from '../claim/calculate';
import { checkClaim } from '../claim/input-check';
import { claimTooLarge } from '../claim/total-limit';
import { fromSearchParams } from '../claim/url-state';
import { calculationTable, rateWarnings } from './claim-table';
import type { ClaimFigures } from './inputs';

/**
 * The calculation with its table and warnings, or null when the link's values do not make one or its total is
 * beyond the site's limit (the page then claims the debt alone).
 */
export function readClaimUrl(params: URLSearchParams, today: string): ClaimFigures | null {
  const { state } = fromSearchParams(params, today);
  const checked = checkClaim(state, today);
  if (!checked.input) return null;
  try {
    const result = calculateClaim(checked.input);
    if (claimTooLarge(result)) return null;
    return { ...result, table: (debt) => calculationTable(result, debt), warnings: rateWarnings(result) };
  } catch {
    return null;
  }
}
