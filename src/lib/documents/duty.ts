/**
 * The state duty for a court order, from docs/legal-facts.md (259-ФЗ от 08.08.2024, filings from
 * 09.09.2024): half of the duty for a claim — НК РФ ст. 333.21 п. 1 пп. 1 and 3 in arbitration (not less
 * than 8 000 ₽), ст. 333.19 п. 1 in general courts — in whole rubles (ст. 333.18 п. 6). Used by the
 * court-order application until the claim calculator's own duty is on main.
 */

/** [from, base, per cent of the part over `from`] in rubles, the highest bracket first. */
type Bracket = readonly [from: number, base: number, pct: number];

const ARBITRATION: readonly Bracket[] = [
  [50_000_000, 725_000, 0.5],
  [10_000_000, 325_000, 1],
  [1_000_000, 55_000, 3],
  [100_000, 10_000, 5],
  [0, 10_000, 0],
];
const ARBITRATION_MAX = 10_000_000;

const GENERAL: readonly Bracket[] = [
  [100_000_000, 314_000, 0.15],
  [50_000_000, 214_000, 0.2],
  [24_000_000, 136_000, 0.3],
  [8_000_000, 80_000, 0.35],
  [3_000_000, 45_000, 0.7],
  [1_000_000, 25_000, 1],
  [500_000, 15_000, 2],
  [300_000, 10_000, 2.5],
  [100_000, 4_000, 3],
  [0, 4_000, 0],
];
const GENERAL_MAX = 900_000;

/** The duty for a claim of `kopecks` by the brackets, in kopecks (not yet rounded). */
function byBrackets(kopecks: number, brackets: readonly Bracket[], max: number): number {
  const b = brackets.find(([from]) => kopecks > from * 100) ?? brackets[brackets.length - 1];
  if (!b) return 0;
  const [from, base, pct] = b;
  const duty = base * 100 + ((kopecks - from * 100) * pct) / 100;
  return Math.min(duty, max * 100);
}

/** Whole rubles: under 50 kopecks dropped, 50 and over rounded up (НК РФ ст. 333.18 п. 6). */
const wholeRubles = (kopecks: number): number => Math.round(kopecks / 100) * 100;

/** The duty for a court order in kopecks: arbitration (a company or ИП debtor) or a magistrate (a private person). */
export function courtOrderDuty(claimAmount: number, court: 'arbitration' | 'general'): number {
  if (court === 'arbitration')
    return wholeRubles(Math.max(byBrackets(claimAmount, ARBITRATION, ARBITRATION_MAX) / 2, 8_000_00));
  return wholeRubles(byBrackets(claimAmount, GENERAL, GENERAL_MAX) / 2);
}

/** The largest claim a court order can be issued on, kopecks: 750 000 ₽ (АПК РФ ст. 229.2) or 500 000 ₽ (ГПК РФ ст. 121). */
export const COURT_ORDER_LIMIT = { arbitration: 750_000_00, general: 500_000_00 } as const;
