/**
 * Dates, the one module every tool and page uses: reading what a person typed («27.11.2026» or ISO) and
 * printing a date for display («27.11.2026»), for URLs and attributes (ISO) and in words («27 ноября 2026 г.»).
 * Calendar dates are UTC `Date`s at midnight, so the output never shifts with the browser's time zone.
 */

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** The UTC date of a year, month (1–12) and day; null when the calendar has no such day (30 February). */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Parse an ISO calendar date (YYYY-MM-DD) into a UTC Date; null when it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO.exec(value.trim());
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Read a date as a person types it: 27.11.2026, 5.1.2027, 27/11/2026, 27-11-2026 or 2026-11-27; null when not a real date. */
export function parseDateInput(input: string): Date | null {
  const ru = RU.exec(input.trim());
  return ru ? calendarDate(Number(ru[3]), Number(ru[2]), Number(ru[1])) : parseIsoDate(input);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 27.11.2026 */
export function formatDateNumeric(date: Date): string {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** "2026-11-27" → "27.11.2026"; "" for anything that is not a real ISO date (an empty optional field). */
export function formatIsoNumeric(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatDateNumeric(date) : '';
}

/** 27 ноября 2026 г. */
export function formatDateLong(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS_GENITIVE[date.getUTCMonth()]} ${date.getUTCFullYear()} г.`;
}

/** 2026-11-27, for URLs, datetime attributes, stored data and structured data. */
export function toIsoDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The calendar day a local clock shows (the user's "today") as a UTC date. */
export function calendarDay(local: Date): Date {
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}
