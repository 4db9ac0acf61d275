/**
 * The state duty for a property claim, for filings from 09.09.2024, by the scales of src/lib/legal/duty-rates.ts
 * (arbitration courts — НК РФ ст. 333.21 п. 1 пп. 1, general courts — ст. 333.19 п. 1 пп. 1). Computed exactly
 * and rounded once, to whole rubles (ст. 333.18 п. 6: under 50 kopecks dropped, 50 and over up). A court order is
 * a share of the exact suit duty (arbitration: with a minimum), rounded once too.
 */
import { DUTY_RATES, dutyBracket, type DutyScale } from '../legal/duty-rates';

/** The exact duty is kept in ten-thousandths of a kopeck: bp × kopecks ÷ 10 000 is then a whole number. */
const SCALE = 10_000n;
/** Kopecks in a ruble, in the exact unit. */
const RUBLE = 100n * SCALE;

/** The suit's duty, exactly, in ten-thousandths of a kopeck (the cap applied). */
function exactDuty(claim: number, scale: DutyScale): bigint {
  const b = dutyBracket(scale, claim);
  const exact = BigInt(b.base) * SCALE + BigInt(claim - b.over) * BigInt(b.bp);
  const cap = BigInt(scale.max) * SCALE;
  return exact < cap ? exact : cap;
}

/** `percent` % of an exact duty (ten-thousandths of a kopeck) in whole rubles, as kopecks: half a ruble and over goes up. */
function wholeRubles(exact: bigint, percent = 100n): number {
  const den = RUBLE * 100n;
  return Number((exact * percent + den / 2n) / den) * 100;
}

/** The duty for a claim (kopecks) in whole rubles, as kopecks: 'claim' for a suit, 'order' for a court order. */
export function stateDuty(court: 'arbitration' | 'general', claim: number, procedure: 'claim' | 'order'): number {
  const rates = DUTY_RATES[court];
  const full = exactDuty(claim, rates.claim);
  if (procedure === 'claim') return wholeRubles(full);
  const share = wholeRubles(full, BigInt(rates.order.percent));
  return rates.order.min === null ? share : Math.max(share, rates.order.min);
}
