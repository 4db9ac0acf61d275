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
 */

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

/** The public holidays of ТК РФ ст. 112 ч. 1, MM-DD (1–6 and 8 January, 7 January, …). */
// prettier-ignore
export const HOLIDAYS: readonly string[] = [
  '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08',
  '02-23', '03-08', '05-01', '05-09', '06-12', '11-04',
];

/** The years the calendar holds, oldest first. */
// prettier-ignore
export const CALENDAR: readonly CalendarYear[] = [
  {
    year: 2016,
    decree: 'Постановление Правительства РФ от 24.09.2015 № 1017',
    verified: true,
    note: 'days as in a published production-calendar list; the decree text not read',
    daysOff: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-22', '02-23', '03-07', '03-08', '05-02', '05-03', '05-09', '06-13', '11-04'],
    workingWeekends: ['02-20'],
  },
  {
    year: 2017,
    decree: 'Постановление Правительства РФ от 04.08.2016 № 756',
    verified: false,
    note: 'transfers 01.01 → 24.02 and 07.01 → 08.05 read in a report of the draft; the decree not read',
    daysOff: ['01-02', '01-03', '01-04', '01-05', '01-06', '02-23', '02-24', '03-08', '05-01', '05-08', '05-09', '06-12', '11-06'],
    workingWeekends: [],
  },
  {
    year: 2018,
    decree: 'Постановление Правительства РФ от 14.10.2017 № 1250',
    verified: true,
    note: 'transfers 06.01 → 09.03, 28.04 → 30.04, 09.06 → 11.06, 29.12 → 31.12 read in news reports of the decree; 07.01 → 02.05 from its May days off',
    daysOff: ['01-01', '01-02', '01-03', '01-04', '01-05', '01-08', '02-23', '03-08', '03-09', '04-30', '05-01', '05-02', '05-09', '06-11', '06-12', '11-05', '12-31'],
    workingWeekends: ['04-28', '06-09', '12-29'],
  },
  {
    year: 2019,
    decree: 'Постановление Правительства РФ от 01.10.2018 № 1163',
    verified: false,
    note: 'transfers 05.01 → 02.05, 06.01 → 03.05, 23.02 → 10.05; not read in a source',
    daysOff: ['01-01', '01-02', '01-03', '01-04', '01-07', '01-08', '03-08', '05-01', '05-02', '05-03', '05-09', '05-10', '06-12', '11-04'],
    workingWeekends: [],
  },
  {
    year: 2020,
    decree: 'Постановление Правительства РФ от 10.07.2019 № 875',
    verified: false,
    note: 'transfers 04.01 → 04.05, 05.01 → 05.05; not read in a source',
    daysOff: ['01-01', '01-02', '01-03', '01-06', '01-07', '01-08', '02-24', '03-09', '05-01', '05-04', '05-05', '05-11', '06-12', '11-04'],
    workingWeekends: [],
  },
  {
    year: 2021,
    decree: 'Постановление Правительства РФ от 10.10.2020 № 1648',
    verified: true,
    note: 'transfers 02.01 → 05.11, 03.01 → 31.12, 20.02 → 22.02 read in the Government’s announcement as reported; the number not read',
    daysOff: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-22', '02-23', '03-08', '05-03', '05-10', '06-14', '11-04', '11-05', '12-31'],
    workingWeekends: ['02-20'],
  },
  {
    year: 2022,
    decree: 'Постановление Правительства РФ от 15.09.2021 № 1564',
    verified: true,
    note: 'transfers 01.01 → 03.05, 02.01 → 10.05, 05.03 → 07.03 read in the Government’s announcement as reported; the number and date not read',
    daysOff: ['01-03', '01-04', '01-05', '01-06', '01-07', '02-23', '03-07', '03-08', '05-02', '05-03', '05-09', '05-10', '06-13', '11-04'],
    workingWeekends: ['03-05'],
  },
  {
    year: 2023,
    decree: 'Постановление Правительства РФ от 29.08.2022 № 1505',
    verified: true,
    note: 'transfers 01.01 → 24.02, 08.01 → 08.05 read in a legal portal’s summary of the decree',
    daysOff: ['01-02', '01-03', '01-04', '01-05', '01-06', '02-23', '02-24', '03-08', '05-01', '05-08', '05-09', '06-12', '11-06'],
    workingWeekends: [],
  },
  {
    year: 2024,
    decree: 'Постановление Правительства РФ от 10.08.2023 № 1314',
    verified: true,
    note: 'transfers 06.01 → 10.05, 07.01 → 31.12, 27.04 → 29.04, 02.11 → 30.04, 28.12 → 30.12 read in a summary of the decree',
    daysOff: ['01-01', '01-02', '01-03', '01-04', '01-05', '01-08', '02-23', '03-08', '04-29', '04-30', '05-01', '05-09', '05-10', '06-12', '11-04', '12-30', '12-31'],
    workingWeekends: ['04-27', '11-02', '12-28'],
  },
  {
    year: 2025,
    decree: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    verified: true,
    note: 'transfers 04.01 → 02.05, 05.01 → 31.12, 23.02 → 08.05, 08.03 → 13.06, 01.11 → 03.11 (docs/legal-facts.md, [C2])',
    daysOff: ['01-01', '01-02', '01-03', '01-06', '01-07', '01-08', '05-01', '05-02', '05-08', '05-09', '06-12', '06-13', '11-03', '11-04', '12-31'],
    workingWeekends: ['11-01'],
  },
  {
    year: 2026,
    decree: 'Постановление Правительства РФ от 24.09.2025',
    verified: true,
    note: 'transfers 03.01 → 09.01, 04.01 → 31.12 read in the Government’s announcement as reported; the number not read',
    daysOff: ['01-01', '01-02', '01-05', '01-06', '01-07', '01-08', '01-09', '02-23', '03-09', '05-01', '05-11', '06-12', '11-04', '12-31'],
    workingWeekends: [],
  },
  {
    year: 2027,
    decree: 'не найдено',
    verified: false,
    note: 'no decree found (re-checked 2026-12-06): the holidays and the ТК РФ ст. 112 weekend rule only; the January transfers are not known',
    daysOff: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-23', '03-08', '05-03', '05-10', '06-14', '11-04'],
    workingWeekends: [],
  },
];
