/**
 * Working days by the Russian production calendar (production-calendar.ts): weekends, the public holidays of
 * ТК РФ ст. 112 and the yearly transfers of days off. A year outside the calendar counts weekends and the
 * holidays, a holiday on a weekend moving the day off to the next working day except in January (ТК РФ ст. 112
 * ч. 2) — the decree's transfers of that year are not known.
 */
import { civil, fromCivil, yearOf, type Day } from './day';
import { addDays, weekday } from './arithmetic';
import { CALENDAR, HOLIDAYS } from './production-calendar';

/** Per year: its non-working weekdays and its working weekend days. */
interface YearDays {
  off: ReadonlySet<Day>;
  working: ReadonlySet<Day>;
}

const years = new Map<number, YearDays>();

const daysOf = (year: number, list: readonly string[]): Set<Day> =>
  new Set(list.map((md) => fromCivil(year, Number(md.slice(0, 2)), Number(md.slice(3)))));

const isWeekend = (day: Day): boolean => weekday(day) >= 6;

/** A year outside the calendar: the holidays on weekdays, and a weekend holiday's day off moved (not in January). */
function ruleYear(year: number): YearDays {
  const off = new Set<Day>();
  for (const day of daysOf(year, HOLIDAYS)) {
    if (!isWeekend(day)) off.add(day);
    else if (civil(day)[1] !== 1) {
      let next = addDays(day, 1);
      while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
      off.add(next);
    }
  }
  return { off, working: new Set() };
}

function yearDays(year: number): YearDays {
  let y = years.get(year);
  if (!y) {
    const listed = CALENDAR.find((c) => c.year === year);
    y = listed ? { off: daysOf(year, listed.daysOff), working: daysOf(year, listed.workingWeekends) } : ruleYear(year);
    years.set(year, y);
  }
  return y;
}

/** Whether a day is a working day. */
export function isWorkingDay(day: Day): boolean {
  const y = yearDays(yearOf(day));
  return isWeekend(day) ? y.working.has(day) : !y.off.has(day);
}

/** The first working day after `day`. */
export function nextWorkingDay(day: Day): Day {
  let next = addDays(day, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** The first and last year the calendar holds (outside them only the ТК РФ ст. 112 rule is known). */
export const CALENDAR_YEARS = { first: CALENDAR[0]?.year ?? 0, last: CALENDAR.at(-1)?.year ?? 0 } as const;
