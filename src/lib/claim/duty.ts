/**
 * The state duty for a property claim, for filings from 09.09.2024 (259-ФЗ от 08.08.2024): arbitration
 * courts — НК РФ ст. 333.21 п. 1 пп. 1, general courts — ст. 333.19 п. 1 пп. 1. Computed to the kopeck,
 * then paid in whole rubles (ст. 333.18 п. 6). A court order is 50 % of it (arbitration: not less than 8 000 ₽).
 */
import { divRoundHalfUp, wholeRubles } from './arithmetic';

/** A bracket: from `over` ₽ the duty is `base` ₽ plus `bp` hundredths of a percent of the part over it. */
interface Bracket {
  over: number;
  base: number;
  bp: number;
}

const RUB = 100;

/** НК РФ ст. 333.21 п. 1 пп. 1, in rubles; the last bracket is capped at 10 000 000 ₽. */
const ARBITRATION: readonly Bracket[] = [
  { over: 0, base: 10_000, bp: 0 },
  { over: 100_000, base: 10_000, bp: 500 },
  { over: 1_000_000, base: 55_000, bp: 300 },
  { over: 10_000_000, base: 325_000, bp: 100 },
  { over: 50_000_000, base: 725_000, bp: 50 },
];
const ARBITRATION_MAX = 10_000_000;

/** НК РФ ст. 333.19 п. 1 пп. 1, in rubles; the last bracket is capped at 900 000 ₽. */
const GENERAL: readonly Bracket[] = [
  { over: 0, base: 4_000, bp: 0 },
  { over: 100_000, base: 4_000, bp: 300 },
  { over: 300_000, base: 10_000, bp: 250 },
  { over: 500_000, base: 15_000, bp: 200 },
  { over: 1_000_000, base: 25_000, bp: 100 },
  { over: 3_000_000, base: 45_000, bp: 70 },
  { over: 8_000_000, base: 80_000, bp: 35 },
  { over: 24_000_000, base: 136_000, bp: 30 },
  { over: 50_000_000, base: 214_000, bp: 20 },
  { over: 100_000_000, base: 314_000, bp: 15 },
];
const GENERAL_MAX = 900_000;

/** The arbitration court's minimum duty for a court order, rubles. */
export const ARBITRATION_ORDER_MIN = 8_000;

function byBrackets(claim: number, brackets: readonly Bracket[], max: number): number {
  let b = brackets[0]!;
  for (const x of brackets) if (claim > x.over * RUB) b = x;
  const exact = b.base * RUB + divRoundHalfUp(BigInt(claim - b.over * RUB) * BigInt(b.bp), 10_000n);
  return Math.min(wholeRubles(exact), max * RUB);
}

/** The duty for a claim (kopecks) in whole rubles, as kopecks: 'claim' for a suit, 'order' for a court order. */
export function stateDuty(court: 'arbitration' | 'general', claim: number, procedure: 'claim' | 'order'): number {
  const full =
    court === 'arbitration' ? byBrackets(claim, ARBITRATION, ARBITRATION_MAX) : byBrackets(claim, GENERAL, GENERAL_MAX);
  if (procedure === 'claim') return full;
  const half = wholeRubles(full / 2);
  return court === 'arbitration' ? Math.max(half, ARBITRATION_ORDER_MIN * RUB) : half;
}
