/**
 * Calendar days, the site's one date type (docs/decisions/031-one-day-type.md). A `Day` is a whole number of
 * days since 1970-01-01: no time of day, no time zone, so "the day after", "days between" and comparisons are
 * exact integer arithmetic. Here: making a day and taking it apart, reading what a person typed («27.11.2026»
 * or ISO), printing it (27.11.2026 and ISO), the user's today, and the bridge to `Date`; no other file knows
 * how many milliseconds a day has. Beside it: arithmetic.ts (days and months forward and back, the weekday),
 * terms.ts (legal terms: years, year ends) and words.ts («27 ноября 2026 г.»), in files of their own so that a
 * page loads only what it uses (this one is in every tool's shared chunk).
 */

declare const DAY: unique symbol;

/**
 * A calendar day: days since 1970-01-01 (negative before it). Branded, so a plain number — kopecks, a count of
 * days — is not taken for a date; make one with the functions below, compare it with `<` and `===`.
 */
export type Day = number & { readonly [DAY]: true };

/** 01.01.1970, day 0: the stand-in where a day is needed and the text at hand is not a date. */
export const EPOCH = 0 as Day;

/** How long a day is: the one place in src/ that knows it (tests/unit/date/day.test.ts holds it so). */
const MS_PER_DAY = 86_400_000;

/** The UTC midnight that starts a day, as a `Date` (for code that still carries dates, and calendar stamps). */
export function utcDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** The day a `Date` falls on in UTC: for code that still carries UTC-midnight dates (src/lib/format/date.ts). */
export function dayOfUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY) as Day;
}

/**
 * Year, month (1–12) and day of month of a day. Read through the UTC calendar of `Date` (exact: no time of
 * day, no time zone), which is a few hundred bytes smaller than the integer algorithm and fast enough for
 * the claim's ten years of daily periods (scripts/bench/feature-claim.mjs).
 */
export function civil(day: Day): [number, number, number] {
  const d = utcDate(day);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * The day of a year, month (1–12) and day of month; a day of month past the month's end counts on into the
 * next month (31.04 → 01.05), 0 is the month's eve. dayOf refuses such days instead.
 */
export function fromCivil(year: number, month: number, date: number): Day {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, date);
  return dayOfUtcDate(d);
}

/** The day of a year, month (1–12) and day of month; null when the calendar has no such day (30 February). */
export function dayOf(year: number, month: number, date: number): Day | null {
  const day = fromCivil(year, month, date);
  const [y, m, d] = civil(day);
  return y === year && m === month && d === date ? day : null;
}

/** The calendar year of a day. */
export function yearOf(day: Day): number {
  return utcDate(day).getUTCFullYear();
}

/** The calendar day a local clock shows: the user's today, whatever their time zone. */
export function localToday(clock: Date): Day {
  return fromCivil(clock.getFullYear(), clock.getMonth() + 1, clock.getDate());
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** "2024-02-29" (spaces around it ignored) → the day; null when it is not a real date. */
export function dayFromIso(iso: string): Day | null {
  const m = ISO.exec(iso.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The day of an ISO date the code wrote or checked itself; throws a RangeError for anything else. */
export function requireDay(iso: string): Day {
  const day = dayFromIso(iso);
  if (day === null) throw new RangeError(`not a date: ${iso}`);
  return day;
}

/** A date as a person types it: 27.11.2026, 5.1.2027, 27/11/2026, 27-11-2026 or 2026-11-27; null when not a real date. */
export function dayFromInput(text: string): Day | null {
  const m = TYPED.exec(text.trim());
  return m ? dayOf(Number(m[3]), Number(m[2]), Number(m[1])) : dayFromIso(text);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2026-11-27: for URLs, datetime attributes, stored data and structured data. */
export function isoFromDay(day: Day): string {
  const [y, m, d] = civil(day);
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** 27.11.2026: how the site shows a date, as Russian documents write it. */
export function formatDay(day: Day): string {
  const [y, m, d] = civil(day);
  return `${pad(d)}.${pad(m)}.${y}`;
}

/** "2026-11-27" → "27.11.2026"; "" for anything that is not a real ISO date (an empty optional field). */
export function formatIsoNumeric(iso: string): string {
  const day = dayFromIso(iso);
  return day === null ? '' : formatDay(day);
}
