/**
 * Counting calendar days (docs/decisions/031-one-day-type.md): days and months forward and back, the days
 * between two dates, the weekday. On the date module's `Day`s (day.ts), in a file of its own so that pages
 * which only read and print dates (the checklist, the decision tree) do not load it; the claim's legal terms
 * (years, year ends) are in terms.ts.
 */
import { civil, fromCivil, type Day } from './day';

/** `day` moved `days` on (back when negative). */
export function addDays(day: Day, days: number): Day {
  return (day + days) as Day;
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

/** The earlier of two days. */
export function earlier(a: Day, b: Day): Day {
  return b < a ? b : a;
}

/** Year, month and day of the last day of the month `months` after the one `day` is in (before it, when negative). */
function monthEnd(day: Day, months: number): [number, number, number] {
  const [y, m] = civil(day);
  return civil(fromCivil(y, m + months + 1, 0));
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return monthEnd(fromCivil(year, month, 1), 0)[2];
}

/**
 * `day` moved `months` calendar months on (back when negative), keeping its day of month or falling back to
 * the month's last day: 31.01 + 1 → 28.02 (29.02 in a leap year). Counted from the same first day each time,
 * not chained, a monthly schedule from 31.01 goes 28.02, 31.03, 30.04.
 */
export function addMonths(day: Day, months: number): Day {
  const [year, month, last] = monthEnd(day, months);
  return fromCivil(year, month, Math.min(civil(day)[2], last));
}

/** A day of the week, as Russian calendars count it: 1 = понедельник … 6 = суббота, 7 = воскресенье. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The day of the week of a day (01.01.1970 was a Thursday). */
export function weekday(day: Day): Weekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as Weekday;
}
