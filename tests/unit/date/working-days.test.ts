import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civil, fromCivil, isoFromDay, type Day } from '../../../src/lib/date/day';
import { addDays, weekday } from '../../../src/lib/date/arithmetic';
import { termEnd } from '../../../src/lib/date/terms';
import { CALENDAR_YEARS, isWorkingDay, nextWorkingDay } from '../../../src/lib/date/working-days';
import { CALENDAR, HOLIDAYS } from '../../../src/lib/date/production-calendar';
import { D } from './fixtures';

/** Known days of each year's calendar: [ISO, working day?]. Transfers, holidays, working Saturdays. */
const KNOWN: Record<number, [string, boolean][]> = {
  2016: [['2016-02-20', true], ['2016-02-22', false], ['2016-03-07', false], ['2016-05-03', false], ['2016-06-13', false]],
  2017: [['2017-02-24', false], ['2017-05-08', false], ['2017-11-06', false], ['2017-01-09', true]],
  2018: [['2018-03-09', false], ['2018-04-28', true], ['2018-04-30', false], ['2018-05-02', false], ['2018-06-09', true], ['2018-06-11', false], ['2018-12-29', true], ['2018-12-31', false]],
  2019: [['2019-05-02', false], ['2019-05-03', false], ['2019-05-10', false], ['2019-02-25', true]],
  // The COVID-19 «нерабочие дни» and the two 2020 voting/parade days were declared by presidential decree: working.
  2020: [['2020-02-24', false], ['2020-03-09', false], ['2020-05-04', false], ['2020-05-05', false], ['2020-05-11', false], ['2020-03-30', true], ['2020-04-15', true], ['2020-06-24', true], ['2020-07-01', true]],
  2021: [['2021-02-20', true], ['2021-02-22', false], ['2021-11-05', false], ['2021-12-31', false], ['2021-05-04', true], ['2021-11-01', true]],
  2022: [['2022-03-05', true], ['2022-03-07', false], ['2022-05-03', false], ['2022-05-10', false], ['2022-06-13', false]],
  2023: [['2023-02-24', false], ['2023-05-08', false], ['2023-11-06', false], ['2023-01-09', true]],
  2024: [['2024-04-27', true], ['2024-04-29', false], ['2024-04-30', false], ['2024-05-10', false], ['2024-11-02', true], ['2024-12-28', true], ['2024-12-30', false], ['2024-12-31', false], ['2024-06-15', false], ['2024-06-17', true]],
  2025: [['2025-05-02', false], ['2025-05-08', false], ['2025-06-13', false], ['2025-11-01', true], ['2025-11-03', false], ['2025-12-31', false], ['2025-02-24', true]],
  2026: [['2026-01-09', false], ['2026-01-12', true], ['2026-02-23', false], ['2026-03-09', false], ['2026-05-11', false], ['2026-12-31', false]],
  2027: [['2027-05-03', false], ['2027-05-10', false], ['2027-06-14', false], ['2027-11-04', false]],
}; // prettier-ignore

/** Working days of each year as the published production calendars count them (five-day week). */
const WORKING_DAYS: Record<number, number> = {
  2016: 247, 2017: 247, 2018: 247, 2019: 247, 2020: 248, 2021: 247, 2022: 247, 2023: 247, 2024: 248, 2025: 247, 2026: 247,
}; // prettier-ignore

const daysOfYear = (year: number): Day[] => {
  const out: Day[] = [];
  for (let d = fromCivil(year, 1, 1); d <= fromCivil(year, 12, 31); d = addDays(d, 1)) out.push(d);
  return out;
};
const weekend = (d: Day) => weekday(d) >= 6;
const md = (year: number, s: string) => D(`${year}-${s}`);

describe('the production calendar, 2016–2027', () => {
  it('holds every year from 2016 to 2027, each with its decree and whether it was verified', () => {
    expect(CALENDAR.map((c) => c.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
    ]);
    expect(CALENDAR_YEARS).toEqual({ first: 2016, last: 2027 });
    for (const c of CALENDAR) {
      expect(c.decree, String(c.year)).not.toBe('');
      expect(typeof c.verified).toBe('boolean');
    }
    // 2025 is the facts file's example (ПП РФ от 04.10.2024 № 1335, [C2]).
    expect(CALENDAR.find((c) => c.year === 2025)?.decree).toContain('№ 1335');
  });

  it.each(Object.entries(KNOWN))('%s: its holidays, transfers and working Saturdays', (_year, known) => {
    for (const [iso, working] of known) expect([iso, isWorkingDay(D(iso))]).toEqual([iso, working]);
  });

  it.each(Object.entries(WORKING_DAYS))('%s has %i working days', (year, count) => {
    expect(daysOfYear(Number(year)).filter(isWorkingDay)).toHaveLength(count);
  });

  it('lists only weekdays as days off and only weekends as working weekend days, each once', () => {
    for (const c of CALENDAR) {
      for (const s of c.daysOff) expect([c.year, s, weekend(md(c.year, s))]).toEqual([c.year, s, false]);
      for (const s of c.workingWeekends) expect([c.year, s, weekend(md(c.year, s))]).toEqual([c.year, s, true]);
      expect(new Set(c.daysOff).size).toBe(c.daysOff.length);
    }
  });

  it('follows ТК РФ ст. 112: every holiday is a day off, and each weekend holiday gives one (two of January’s)', () => {
    for (const c of CALENDAR) {
      const hol = HOLIDAYS.map((s) => md(c.year, s));
      for (const h of hol) expect([c.year, isoFromDay(h), isWorkingDay(h)]).toEqual([c.year, isoFromDay(h), false]);
      const onWeekdays = hol.filter((h) => !weekend(h)).length;
      const january = hol.filter((h) => weekend(h) && civil(h)[1] === 1).length;
      const later = hol.filter((h) => weekend(h) && civil(h)[1] !== 1).length;
      // Without a decree (2027) the January weekend holidays move nowhere yet.
      const moved = c.decree === 'не найдено' ? 0 : Math.min(2, january);
      expect([c.year, c.daysOff.length]).toEqual([c.year, onWeekdays + later + moved + c.workingWeekends.length]);
    }
  });

  it('counts a year outside the calendar by weekends and the holidays, a weekend holiday moving to Monday', () => {
    // 2028: 01.05 is a Monday, 09.05 a Tuesday, 12.06 a Monday; 04.11 a Saturday → 06.11.
    expect(isWorkingDay(D('2028-05-01'))).toBe(false);
    expect(isWorkingDay(D('2028-11-06'))).toBe(false);
    expect(isWorkingDay(D('2028-11-07'))).toBe(true);
    expect(isWorkingDay(D('2028-01-10'))).toBe(true);
    // The 2027 entry, with no decree known, is exactly that rule.
    const listed = daysOfYear(2027).filter((d) => !isWorkingDay(d) && !weekend(d));
    expect(listed.map(isoFromDay)).toEqual(CALENDAR.at(-1)!.daysOff.map((s) => `2027-${s}`));
  });
});

describe('nextWorkingDay and the ст. 193 rule (termEnd)', () => {
  it('moves Saturday 15.06.2024 to Monday 17.06.2024, and the 2026 New Year days to 12.01.2026', () => {
    expect(isoFromDay(termEnd(D('2024-06-15')))).toBe('2024-06-17');
    expect(isoFromDay(termEnd(D('2026-01-10')))).toBe('2026-01-12');
    expect(isoFromDay(termEnd(D('2024-04-27')))).toBe('2024-04-27'); // a working Saturday
    expect(isoFromDay(nextWorkingDay(D('2024-04-27')))).toBe('2024-05-02');
    expect(isoFromDay(termEnd(D('2020-04-15')))).toBe('2020-04-15'); // a COVID «нерабочий день»: not moved
  });

  const anyDay = fc.integer({ min: 0, max: 365 * 16 }).map((n) => addDays(D('2015-06-01'), n));

  it('the next working day is later, is a working day, and every day between is not', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const n = nextWorkingDay(d);
        expect(n).toBeGreaterThan(d);
        expect(isWorkingDay(n)).toBe(true);
        for (let x = addDays(d, 1); x < n; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
        // The longest break in the calendar: 31.12.2025–11.01.2026, twelve days off in a row.
        expect(n - d).toBeLessThanOrEqual(13);
      }),
      { examples: [[D('2025-12-30')], [D('2025-12-31')]] },
    );
  });

  it('termEnd keeps a working day, moves any other, and applying it twice changes nothing', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const e = termEnd(d);
        expect(e === d).toBe(isWorkingDay(d));
        expect(e).toBeGreaterThanOrEqual(d);
        expect(termEnd(e)).toBe(e);
      }),
    );
  });
});
