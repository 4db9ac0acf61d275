/**
 * Legal terms on calendar days (ГК РФ гл. 11, «Исчисление сроков»; docs/decisions/031-one-day-type.md): a term
 * in years, the length of a year and where it ends (ст. 395 counts interest by the days of each year). The
 * claim calculator's, in a file of its own so that the payment calculator, which counts months, does not
 * load them; with the working-day rule of ст. 193 (termEnd).
 */
import { fromCivil, yearOf, type Day } from './day';
import { addMonths } from './arithmetic';
import { isWorkingDay, nextWorkingDay } from './working-days';

/**
 * The same month and day `years` later (ГК РФ ст. 192 п. 1: a term in years ends on the corresponding month and
 * day); 29 February falls on 28 February in a year without it (ст. 192 п. 3) — twelve months each, as addMonths.
 */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, 12 * years);
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
 * The last day of a term that ends on `day` (ГК РФ ст. 193): the day itself when it is a working day, else the
 * next working day of the production calendar (working-days.ts).
 */
export function termEnd(day: Day): Day {
  return isWorkingDay(day) ? day : nextWorkingDay(day);
}
