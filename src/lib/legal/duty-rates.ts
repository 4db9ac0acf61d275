/**
 * The state duty (госпошлина) for a property claim, for filings from 09.09.2024 (259-ФЗ от 08.08.2024): the
 * scales for a suit and the share for a court order, by court, each with its article and mark — from
 * docs/legal-facts.md, «State duty». src/lib/claim/duty.ts computes the duty from them.
 */
import type { Mark } from './marks';

/** Kopecks in a ruble: every amount here is in kopecks, as the money module counts. */
const RUB = 100;

/**
 * A bracket of a scale: for a claim over `over` the duty is `base` plus `bp` hundredths of a percent of the
 * part over `over` (kopecks); `mark` is how sure the facts file is of this bracket.
 */
interface DutyBracket {
  over: number;
  base: number;
  bp: number;
  mark: Mark;
}

/** The duty for a suit: brackets from the lowest, the cap (kopecks), the article. */
export interface DutyScale {
  brackets: readonly DutyBracket[];
  max: number;
  article: string;
}

/** The duty for a court order: a share of the suit's duty (percent), not less than `min` kopecks (null: no minimum). */
export interface OrderDuty {
  percent: number;
  min: number | null;
  article: string;
  mark: Mark;
}

/** Both courts' duties. */
export interface DutyRates {
  arbitration: { claim: DutyScale; order: OrderDuty & { min: number } };
  general: { claim: DutyScale; order: OrderDuty };
}

/** A bracket from rubles (no side effects: the table stays out of bundles that do not use it). */
/* @__NO_SIDE_EFFECTS__ */
function bracket(over: number, base: number, bp: number, mark: Mark): DutyBracket {
  return {
    over: over * RUB,
    base: base * RUB,
    bp,
    mark,
  };
}

/** Arbitration, court order (пп. 3): half the suit's duty, not less than 8 000 ₽. */
export const ARBITRATION_ORDER_DUTY: OrderDuty & { min: number } = {
  percent: 50,
  min: 8_000 * RUB,
  article: 'НК РФ ст. 333.21 п. 1 пп. 3',
  mark: 'C2',
};
/** General courts, court order: half the suit's duty. */
export const GENERAL_ORDER_DUTY: OrderDuty = { percent: 50, min: null, article: 'НК РФ ст. 333.19 п. 1', mark: 'C' };

/**
 * НК РФ ст. 333.19 п. 1 пп. 1, by bracket: [C] up to 8 000 000 ₽, [L] up to 100 000 000 ₽, [C2] above (the cap
 * of 900 000 ₽ belongs to the last bracket and shares its mark).
 */
const GENERAL_BRACKETS: readonly DutyBracket[] = [
  bracket(0, 4_000, 0, 'C'),
  bracket(100_000, 4_000, 300, 'C'),
  bracket(300_000, 10_000, 250, 'C'),
  bracket(500_000, 15_000, 200, 'C'),
  bracket(1_000_000, 25_000, 100, 'C'),
  bracket(3_000_000, 45_000, 70, 'C'),
  bracket(8_000_000, 80_000, 35, 'L'),
  bracket(24_000_000, 136_000, 30, 'L'),
  bracket(50_000_000, 214_000, 20, 'L'),
  bracket(100_000_000, 314_000, 15, 'C2'),
];

/** The duties as of the facts check (src/lib/legal/facts-date.ts). */
export const DUTY_RATES: DutyRates = {
  arbitration: {
    claim: {
      article: 'НК РФ ст. 333.21 п. 1 пп. 1',
      brackets: [
        bracket(0, 10_000, 0, 'C'),
        bracket(100_000, 10_000, 500, 'C'),
        bracket(1_000_000, 55_000, 300, 'C'),
        bracket(10_000_000, 325_000, 100, 'C'),
        bracket(50_000_000, 725_000, 50, 'C'),
      ],
      max: 10_000_000 * RUB,
    },
    order: ARBITRATION_ORDER_DUTY,
  },
  general: {
    claim: { article: 'НК РФ ст. 333.19 п. 1 пп. 1', brackets: GENERAL_BRACKETS, max: 900_000 * RUB },
    order: GENERAL_ORDER_DUTY,
  },
};

/** The bracket a claim (kopecks) falls in: the last one whose `over` it exceeds. */
export function dutyBracket(scale: DutyScale, claim: number): DutyBracket {
  let b = scale.brackets[0]!;
  for (const x of scale.brackets) if (claim > x.over) b = x;
  return b;
}

/**
 * After a court order is cancelled (or refused), the duty paid for it counts toward the suit's duty: arbitration —
 * НК РФ ст. 333.22 п. 1 пп. 7 [C2]; general courts — НК РФ ст. 333.20 п. 1 пп. 13 [L].
 */
export const ORDER_DUTY_CREDIT = {
  arbitration: { article: 'НК РФ ст. 333.22 п. 1 пп. 7', mark: 'C2' },
  general: { article: 'НК РФ ст. 333.20 п. 1 пп. 13', mark: 'L' },
} as const satisfies Record<'arbitration' | 'general', { article: string; mark: Mark }>;
