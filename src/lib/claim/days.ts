/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC): the claim calculation walks day ranges,
 * and integers make "the day after", "days between" and comparisons exact and fast.
 */

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as a number of days since 1970-01-01. */
export type Day = number;

/** "2024-02-29" → day number; null when it is not a real date in 1900–2199. */
export function dayFromIso(iso: string): Day | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199) return null;
  const t = Date.UTC(y, mo - 1, d);
  const date = new Date(t);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

/** Day number → "2024-02-29". */
export function isoFromDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number → "29.02.2024", as Russian documents write dates. */
export function ruDate(day: Day): string {
  const [y, m, d] = isoFromDay(day).split('-');
  return `${d}.${m}.${y}`;
}

/** The calendar year of a day. */
export function yearOf(day: Day): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 366 in a leap year, else 365. */
export function daysInYear(year: number): 365 | 366 {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/** The first day of the year after the one `day` is in. */
export function nextNewYear(day: Day): Day {
  return Date.UTC(yearOf(day) + 1, 0, 1) / DAY_MS;
}

/**
 * The same month and day `years` later (ГК РФ ст. 192 п. 1: a term in years ends on the corresponding
 * month and day); 29 February falls on 28 February in a year without it (ст. 192 п. 3).
 */
export function addYears(day: Day, years: number): Day {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS;
}

/** A local clock reading (the user's today) as a day number. */
export function localToday(now: Date): Day {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}
