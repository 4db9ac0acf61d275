/**
 * A date in words, «27 ноября 2026 г.», as a letter's date line writes it (docs/decisions/031-one-day-type.md).
 * A file of its own: only the documents print dates in words, and the pages that read and print numeric dates
 * (day.ts, in every tool's shared chunk) do not load the month names.
 */
import { civil, type Day } from './day';

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

/** 27 ноября 2026 г.: the date line of a letter. */
export function formatDayLong(day: Day): string {
  const [y, m, d] = civil(day);
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y} г.`;
}
