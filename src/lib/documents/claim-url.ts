/**
 * The claim calculator's result for a documents URL: its own URL state, checks and calculation
 * (src/lib/claim), so the claim letter and the court-order application carry exactly what the claim
 * calculator shows for the same link. Loaded by the page only for those two documents.
 */
import { calculateClaim } from '../claim/calculate';
import { checkClaim } from '../claim/input-check';
import type { ClaimResult } from '../claim/result';
import { claimTooLarge } from '../claim/total-limit';
import { fromSearchParams } from '../claim/url-state';

/**
 * The calculation, or null when the link's values do not make one or its total is beyond the site's limit (the
 * page then claims the debt alone).
 */
export function readClaimUrl(params: URLSearchParams, today: string): ClaimResult | null {
  const { state } = fromSearchParams(params, today);
  const checked = checkClaim(state, today);
  if (!checked.input) return null;
  try {
    const result = calculateClaim(checked.input);
    return claimTooLarge(result) ? null : result;
  } catch {
    return null;
  }
}
