/**
 * The state duty for a property claim, for filings from 09.09.2024, by the scales of src/lib/legal/duty-rates.ts
 * (arbitration courts — НК РФ ст. 333.21 п. 1 пп. 1, general courts — ст. 333.19 п. 1 пп. 1). Computed to the
 * kopeck, then paid in whole rubles (ст. 333.18 п. 6). A court order is a share of it (arbitration: with a minimum).
 */
import { DUTY_RATES, dutyBracket, type DutyScale } from '../legal/duty-rates';
import { divRoundHalfUp, wholeRubles } from './arithmetic';

function byBrackets(claim: number, scale: DutyScale): number {
  const b = dutyBracket(scale, claim);
  const exact = b.base + divRoundHalfUp(BigInt(claim - b.over) * BigInt(b.bp), 10_000n);
  return Math.min(wholeRubles(exact), scale.max);
}

/** The duty for a claim (kopecks) in whole rubles, as kopecks: 'claim' for a suit, 'order' for a court order. */
export function stateDuty(court: 'arbitration' | 'general', claim: number, procedure: 'claim' | 'order'): number {
  const rates = DUTY_RATES[court];
  const full = byBrackets(claim, rates.claim);
  if (procedure === 'claim') return full;
  const share = wholeRubles((full * rates.order.percent) / 100);
  return rates.order.min === null ? share : Math.max(share, rates.order.min);
}
