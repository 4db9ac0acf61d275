/**
 * The result, loaded once the form first holds a usable calculation (the form itself loads without it):
 * computes the claim and shows it, announcing the new claim amount to screen readers as it changes.
 */
import { useMemo } from 'preact/hooks';
import { calculateClaim } from '../../lib/claim/calculate';
import { formatRub } from '../../lib/money/kopecks';
import type { ClaimInput } from '../../lib/claim/result';
import { ResultView } from './ResultView';

/** What the panel needs from the form. */
export interface ResultPanelProps {
  input: ClaimInput;
  today: string;
  query: string;
}

/** The computed result under the form. */
export function ResultPanel({ input, today, query }: ResultPanelProps) {
  const result = useMemo(() => calculateClaim(input), [input]);
  /** The interest links made before the working-day shift (ГК РФ ст. 193) showed, when the shift changes it. */
  const before = useMemo(() => {
    if (input.workdays === false || result.invoices.every((i) => i.payBy === i.due)) return null;
    const old = calculateClaim({ ...input, workdays: false }).totals.interest;
    return old === result.totals.interest ? null : old;
  }, [input, result]);
  return (
    <>
      <div aria-live="polite" class="visually-hidden" data-live>
        Цена иска: {formatRub(result.totals.claim)}
      </div>
      <ResultView
        result={result}
        to={input.to}
        today={today}
        claimSent={input.claimSent}
        query={query}
        before={before}
      />
    </>
  );
}
