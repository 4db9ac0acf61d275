/** The early-payment discount (d % off when paid within D days, else the full sum in N): what it saves the client, costs the seller, and its annual rate. */
import { formatBp, formatRatePct } from '../money/percent';
import { formatRub } from '../money/kopecks';
import { daysCount } from './words';

/** A checked discount offer, ready to compute. */
export interface DiscountInput {
  /** Invoice amount, kopecks. */
  amount: number;
  /** The discount in kopecks (less than the amount). */
  discount: number;
  /** The discount as a fraction of the amount (exact when typed in %, else discount ÷ amount). */
  fraction: number;
  /** Days within which the discounted sum must be paid (D). */
  discountDays: number;
  /** Normal due days (N > D). */
  dueDays: number;
  /** Rate to compare with, hundredths of a percent per year (the key rate by default). */
  keyRateBp: number;
}

/** How the offer's annual rate compares with the rate for comparison. */
type Verdict = 'expensive' | 'cheap' | 'par';

/** Everything the calculator shows for a discount offer. */
export interface DiscountResult {
  /** What the client pays if they pay early, kopecks. */
  clientPays: number;
  /** What the client saves = what the seller gives up, kopecks. */
  saving: number;
  /** Days sooner the money arrives: t = N − D. */
  daysSooner: number;
  /** Simple annual rate of the offer: d / (1 − d) × 365 / t. */
  simpleRate: number;
  /** Effective (compounded) annual rate: (1 / (1 − d))^(365 / t) − 1. */
  effectiveRate: number;
  /** The simple rate against the comparison rate. */
  verdict: Verdict;
  /** The largest discount worth offering for the same t at the comparison rate, as a fraction. */
  maxFraction: number;
  /** The same in kopecks for this invoice (rounded down, so it never exceeds the limit). */
  maxDiscount: number;
}

/** Simple annual rate of giving up a discount `d` to be paid `t` days later. */
export function simpleAnnualRate(d: number, t: number): number {
  return (d / (1 - d)) * (365 / t);
}

/** Effective (compounded) annual rate of the same offer. */
export function effectiveAnnualRate(d: number, t: number): number {
  return Math.pow(1 / (1 - d), 365 / t) - 1;
}

/** The largest discount (fraction) whose simple annual rate does not exceed `rate` for payment `t` days sooner. */
export function maxDiscountFraction(rate: number, t: number): number {
  return (rate * t) / (365 + rate * t);
}

/** Rates closer than this (a quarter of a percentage point) count as the same. */
const PAR_TOLERANCE = 0.0025;

/** Compute what the offer means for both sides. */
export function discountOffer(input: DiscountInput): DiscountResult {
  const t = input.dueDays - input.discountDays;
  const d = input.fraction;
  const simpleRate = simpleAnnualRate(d, t);
  const key = input.keyRateBp / 10_000;
  const verdict: Verdict =
    Math.abs(simpleRate - key) < PAR_TOLERANCE ? 'par' : simpleRate > key ? 'expensive' : 'cheap';
  const maxFraction = maxDiscountFraction(key, t);
  return {
    clientPays: input.amount - input.discount,
    saving: input.discount,
    daysSooner: t,
    simpleRate,
    effectiveRate: effectiveAnnualRate(d, t),
    verdict,
    maxFraction,
    maxDiscount: Math.floor(input.amount * maxFraction),
  };
}

/** One plain Russian sentence: is the offer cheap or expensive money for each side. */
export function verdictSentence(result: DiscountResult, keyRateBp: number): string {
  const rate = formatRatePct(result.simpleRate);
  const key = formatBp(keyRateBp);
  switch (result.verdict) {
    case 'expensive':
      return `Скидка обходится вам в ${rate} годовых — дороже ставки ${key}: для вас это дорогие деньги, а клиенту выгодно заплатить раньше.`;
    case 'cheap':
      return `Скидка обходится вам в ${rate} годовых — дешевле ставки ${key}: для вас это недорогие деньги, а клиенту выгоднее заплатить в обычный срок.`;
    case 'par':
      return `Скидка обходится вам в ${rate} годовых — примерно как ставка ${key}: ни вам, ни клиенту она почти ничего не даёт.`;
  }
}

/** The reverse answer in one sentence: the largest discount worth offering at the comparison rate. */
export function maxDiscountSentence(result: DiscountResult, keyRateBp: number): string {
  return `При ставке ${formatBp(keyRateBp)} годовых за оплату на ${daysCount(result.daysSooner)} раньше имеет смысл дать скидку не больше ${formatRatePct(result.maxFraction)} — ${formatRub(result.maxDiscount)} с этого счёта.`;
}
