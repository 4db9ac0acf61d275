/**
 * Payment dates: how often payments fall due and the date of each, on the date module's days
 * (src/lib/date/day.ts). Months are added to the first date, not chained, so the day of month is kept
 * where the month has it and falls on the month's last day where it does not: 31.01 → 28.02 → 31.03.
 */
import { dayOfUtcDate, utcDate } from '../date/day';
import { addDays, addMonths } from '../date/arithmetic';

/** How often payments fall due (the URL's `every`). */
export const FREQUENCIES = ['week', '2weeks', 'month', 'quarter'] as const;
/** One of FREQUENCIES. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Periods per year, for turning an annual rate into a rate per period. */
export const PERIODS_PER_YEAR: Record<Frequency, number> = { week: 52, '2weeks': 26, month: 12, quarter: 4 };

/** Days (week, fortnight) or months (month, quarter) in one period. */
const STEP: Record<Frequency, [days: number, months: number]> = {
  week: [7, 0],
  '2weeks': [14, 0],
  month: [0, 1],
  quarter: [0, 3],
};

/**
 * The due date of period `index` (0 = the first date itself) for a frequency. On the UTC-midnight dates the
 * schedule carries, which the documents read too (until they carry days: docs/decisions/031).
 */
export function periodDate(first: Date, every: Frequency, index: number): Date {
  const [days, months] = STEP[every];
  const day = dayOfUtcDate(first);
  return utcDate(months ? addMonths(day, months * index) : addDays(day, days * index));
}
