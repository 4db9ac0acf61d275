/** The Bank of Russia key rate, as checked in docs/legal-facts.md (effective date → hundredths of a percent). */

/** One change of the key rate. */
export interface KeyRateChange {
  /** The day the rate took effect, YYYY-MM-DD. */
  from: string;
  /** The rate, in hundredths of a percent per year (15,5 % → 1550). */
  bp: number;
}

/** Every change since 20.12.2021, oldest first; later changes are not confirmed (see docs/legal-facts.md). */
export const KEY_RATES: readonly KeyRateChange[] = [
  { from: '2021-12-20', bp: 850 },
  { from: '2022-02-14', bp: 950 },
  { from: '2022-02-28', bp: 2000 },
  { from: '2022-04-11', bp: 1700 },
  { from: '2022-05-04', bp: 1400 },
  { from: '2022-05-27', bp: 1100 },
  { from: '2022-06-14', bp: 950 },
  { from: '2022-07-25', bp: 800 },
  { from: '2022-09-19', bp: 750 },
  { from: '2023-07-24', bp: 850 },
  { from: '2023-08-15', bp: 1200 },
  { from: '2023-09-18', bp: 1300 },
  { from: '2023-10-30', bp: 1500 },
  { from: '2023-12-18', bp: 1600 },
  { from: '2024-07-29', bp: 1800 },
  { from: '2024-09-16', bp: 1900 },
  { from: '2024-10-28', bp: 2100 },
  { from: '2025-06-09', bp: 2000 },
  { from: '2025-07-28', bp: 1800 },
  { from: '2025-09-15', bp: 1700 },
  { from: '2025-10-27', bp: 1650 },
  { from: '2025-12-22', bp: 1600 },
  { from: '2026-02-16', bp: 1550 },
];

/** The newest known key rate: the calculator's default rate for comparison. */
export function latestKeyRate(): KeyRateChange {
  const last = KEY_RATES[KEY_RATES.length - 1];
  if (!last) throw new Error('KEY_RATES is empty');
  return last;
}

/** The key rate in force on a day (YYYY-MM-DD), as far as the table knows; null before its first entry. */
export function keyRateOn(isoDate: string): KeyRateChange | null {
  let found: KeyRateChange | null = null;
  for (const change of KEY_RATES) if (change.from <= isoDate) found = change;
  return found;
}
