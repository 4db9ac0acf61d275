/**
 * The date module's functions (src/lib/date/day.ts) on UTC-midnight `Date`s, for the code that still carries
 * them: the documents (src/lib/documents, src/islands/documents) and the guide pages' front matter. Each
 * one reads the day a Date falls on in UTC and hands it to the date module, so the text is the same as for a
 * `Day`. This file goes once those carry `Day`s (docs/decisions/031-one-day-type.md).
 */
import {
  dayFromInput,
  dayFromIso,
  dayOfUtcDate,
  formatDay,
  isoFromDay,
  localToday,
  utcDate,
  type Day,
} from '../date/day';
import { formatDayLong } from '../date/words';

const dateOf = (day: Day | null): Date | null => (day === null ? null : utcDate(day));

/** Parse an ISO calendar date (YYYY-MM-DD) into a UTC Date; null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  return dateOf(dayFromIso(value));
}

/** Read a date as a person types it (27.11.2026 or ISO, as dayFromInput) into a UTC Date; null when not a real date. */
export function parseDateInput(input: string): Date | null {
  return dateOf(dayFromInput(input));
}

/** 27.11.2026 */
export function formatDateNumeric(date: Date): string {
  return formatDay(dayOfUtcDate(date));
}

/** 27 ноября 2026 г. */
export function formatDateLong(date: Date): string {
  return formatDayLong(dayOfUtcDate(date));
}

/** 2026-11-27, for URLs, datetime attributes, stored data and structured data. */
export function toIsoDate(date: Date): string {
  return isoFromDay(dayOfUtcDate(date));
}

/** The calendar day a local clock shows (the user's "today") as a UTC date. */
export function calendarDay(local: Date): Date {
  return utcDate(localToday(local));
}
