/** Exact arithmetic for the claim: products of kopecks, days and rates divided and rounded half up. */

/** num ÷ den rounded half up to an integer (num ≥ 0, den > 0), exactly, whatever the size. */
export function divRoundHalfUp(num: bigint, den: bigint): number {
  return Number((num * 2n + den) / (den * 2n));
}

/** n ÷ den rounded half up for integers whose product fits a double exactly; null when it does not. */
function smallDivRound(n: number, den: number): number | null {
  if (!(n <= 2 ** 52)) return null;
  let q = Math.floor(n / den);
  let r = n - q * den;
  // The float division may be one off: settle the remainder exactly.
  while (r < 0) {
    q--;
    r += den;
  }
  while (r >= den) {
    q++;
    r -= den;
  }
  return 2 * r >= den ? q + 1 : q;
}

/** Interest under ГК РФ ст. 395 for a period: debt × days × rate ÷ 100 ÷ yearDays, rate in hundredths of a percent. */
export function interest395(debt: number, days: number, bp: number, yearDays: number): number {
  return (
    smallDivRound(debt * days * bp, 10_000 * yearDays) ??
    divRoundHalfUp(BigInt(debt) * BigInt(days) * BigInt(bp), 10_000n * BigInt(yearDays))
  );
}

/** A penalty for a period: debt × days × rate per day, the rate in ten-thousandths of a percent (0,1 % → 1000). */
export function penalty(debt: number, days: number, perDay: number): number {
  return (
    smallDivRound(debt * days * perDay, 1_000_000) ??
    divRoundHalfUp(BigInt(debt) * BigInt(days) * BigInt(perDay), 1_000_000n)
  );
}

/** A share of an amount: kopecks × hundredths of a percent ÷ 10 000, half up. */
export function shareOf(kopecks: number, bp: number): number {
  return divRoundHalfUp(BigInt(kopecks) * BigInt(bp), 10_000n);
}
