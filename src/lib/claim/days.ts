/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC): the claim calculation walks day ranges,
 * and integers make "the day after", "days between" and comparisons exact and fast.
 */

import { calendarDay, formatIsoNumeric } from '../format/date';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as a number of days since 1970-01-01. */
export type Day = number;

/** Year, month (1–12) and day of a day number (exact integer arithmetic, no Date objects: the hot path). */
export function civil(day: Day): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number of a year, month (1–12) and day. */
export function fromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Days in a month (1–12) of a year. */
function monthDays(year: number, month: number): number {
  return month === 2 ? daysInYear(year) - 337 : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** "2024-02-29" → day number; null when it is not a real date in 1900–2199. */
export function dayFromIso(iso: string): Day | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo)) return null;
  return fromCivil(y, mo, d);
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Day number → "2024-02-29". */
export function isoFromDay(day: Day): string {
  const [y, m, d] = civil(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day number → "29.02.2024", as Russian documents write dates (the one date format, src/lib/format/date.ts). */
export function ruDate(day: Day): string {
  return formatIsoNumeric(isoFromDay(day));
}

/** The calendar year of a day. */
export function yearOf(day: Day): number {
  return civil(day)[0];
}

/** 366 in a leap year, else 365. */
export function daysInYear(year: number): 365 | 366 {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** The first day of the year after the one `day` is in. */
export function nextNewYear(day: Day): Day {
  return fromCivil(yearOf(day) + 1, 1, 1);
}

/**
 * The same month and day `years` later (ГК РФ ст. 192 п. 1: a term in years ends on the corresponding
 * month and day); 29 February falls on 28 February in a year without it (ст. 192 п. 3).
 */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = civil(day);
  return fromCivil(y + years, m, Math.min(d, monthDays(y + years, m)));
}

/** A local clock reading (the user's today) as a day number. */
export function localToday(now: Date): Day {
  return Math.round(calendarDay(now).getTime() / 86_400_000);
}
