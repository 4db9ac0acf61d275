/**
 * Calendar arithmetic for payment dates, on UTC dates (no time of day, no time zones). A few lines are
 * simpler here than a date library: months are added from the first date, not chained, so the day of
 * month is kept where the month has it and falls on the month's last day where it does not.
 */

/** How often payments fall due (the URL's `every`). */
export const FREQUENCIES = ['week', '2weeks', 'month', 'quarter'] as const;
/** One of FREQUENCIES. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Periods per year, for turning an annual rate into a rate per period. */
export const PERIODS_PER_YEAR: Record<Frequency, number> = { week: 52, '2weeks': 26, month: 12, quarter: 4 };

const DAY_MS = 86_400_000;

/** Days in a month (month 0–11) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** `date` moved `months` calendar months on, keeping its day or falling back to the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return new Date(Date.UTC(year, month, day));
}

/** `date` moved `days` days on. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The due date of period `index` (0 = the first date itself) for a frequency. */
export function periodDate(first: Date, every: Frequency, index: number): Date {
  switch (every) {
    case 'week':
      return addDays(first, 7 * index);
    case '2weeks':
      return addDays(first, 14 * index);
    case 'month':
      return addMonths(first, index);
    case 'quarter':
      return addMonths(first, 3 * index);
  }
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
