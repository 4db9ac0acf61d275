/**
 * The Russian production calendar, 2016–2027: which weekdays are days off and which weekend days are working
 * days, year by year (docs/decisions/031-one-day-type.md: the calendar's own file, loaded only where working
 * days are counted — the claim's result). Read by working-days.ts; nothing else imports it.
 *
 * A year is non-working on Saturdays and Sundays, on the public holidays of ТК РФ ст. 112 (`HOLIDAYS`) and on
 * the days off moved by the Government's yearly decree («О переносе выходных дней в … году»); a weekend day the
 * decree makes a working day is listed in `workingWeekends`. `daysOff` lists every non-working weekday of the
 * year (holidays falling on weekdays and the moved days off), as MM-DD.
 *
 * `verified`: the year's days were read in a public source (the decree's text, a legal portal's summary of it, or
 * the Government's announcement as reported); `note` says what was read and what was not. A year not verified
 * is kept from the ТК РФ ст. 112 rule and what is known of the decree; tests/unit/date/working-days.test.ts holds
 * every year to the rule.
 *
 * Left out on purpose: the «нерабочие дни» declared by presidential decrees in 2020–2021 (COVID-19: 30.03–
 * 11.05.2020, 04–07.05.2021, 30.10–07.11.2021; also 24.06.2020 and 01.07.2020). They are not non-working days in
 * the sense of ГК РФ ст. 193 and do not move payment dates (ВС РФ, Обзор № 1 от 21.04.2020; docs/legal-facts.md,
 * [L]).
 *
 * The days themselves are data, in src/data/production-calendar.json (each year with its decree, `verified` and
 * `note`): a new year is a new entry there, checked by tests/unit/date/working-days.test.ts.
 */
import data from '../../data/production-calendar.json';

/** One year of the calendar. */
export interface CalendarYear {
  year: number;
  /** The Government's decree that moved the year's days off, as cited. */
  decree: string;
  verified: boolean;
  /** What the year rests on. */
  note: string;
  /** Weekdays that are not working days, MM-DD. */
  daysOff: readonly string[];
  /** Saturdays and Sundays that are working days, MM-DD. */
  workingWeekends: readonly string[];
}

/** The calendar's data: each year's days, decree and how it was checked (src/data/production-calendar.json). */
const DATA = data as { holidays: readonly string[]; years: readonly CalendarYear[] };

/** The public holidays of ТК РФ ст. 112 ч. 1, MM-DD (1–6 and 8 January, 7 January, …). */
export const HOLIDAYS: readonly string[] = DATA.holidays;

/** The years the calendar holds, oldest first. */
export const CALENDAR: readonly CalendarYear[] = DATA.years;
