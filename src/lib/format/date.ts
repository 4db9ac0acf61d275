/**
 * The date module's functions (src/lib/date/day.ts) on UTC-midnight `Date`s, for the code that still carries
 * them: the guide pages' front matter and the Astro components that print it (GuideLayout, Disclaimer), and
 * the payment calculator's tests (its schedule carries `Date`s). Each one reads the day a Date falls on in UTC
 * and hands it to the date module, so the text is the same as for a `Day`. This file goes once those carry
 * `Day`s (docs/decisions/031-one-day-type.md).
 */
import { dayFromIso, dayOfUtcDate, formatDay, isoFromDay, utcDate } from '../date/day';

/** Parse an ISO calendar date (YYYY-MM-DD) into a UTC Date; null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const day = dayFromIso(value);
  return day === null ? null : utcDate(day);
}

/** 27.11.2026 */
export function formatDateNumeric(date: Date): string {
  return formatDay(dayOfUtcDate(date));
}

/** 2026-11-27, for URLs, datetime attributes, stored data and structured data. */
export function toIsoDate(date: Date): string {
  return isoFromDay(dayOfUtcDate(date));
}
