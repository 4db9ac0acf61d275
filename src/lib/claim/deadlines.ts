/**
 * The dates to keep: the earliest day to sue after the claim letter (arbitration: CLAIM_WAIT, 30 calendar
 * days, АПК РФ ст. 4 ч. 5) and the end of the limitation period (LIMITATION, 3 years, ГК РФ ст. 196, 200; stopped
 * while the court acts, ст. 204), each with one line on how it was counted. With `shift` a term ending on a
 * non-working day ends on the next working day (ГК РФ ст. 193). The dates are counted in deadline-dates.ts.
 */
import { formatDay, isoFromDay, type Day } from '../date/day';
import { addDays } from '../date/arithmetic';
import { limitationDates, suitDates } from './deadline-dates';
import { DEADLINE_TEXT } from './result-messages';
import type { CourtDates, DebtorKind, Deadline } from './result';

/**
 * The earliest day to file a suit: the 30 days run from the day after the letter was sent, and the suit may
 * be filed once they have passed. Private persons: no wait unless a law requires the claim step.
 */
export function suitDeadline(debtor: DebtorKind, claimSent: Day | null, shift = true): Deadline {
  if (debtor === 'person') return { date: null, how: DEADLINE_TEXT.suitPerson };
  if (claimSent === null) return { date: null, how: DEADLINE_TEXT.suitNotSent };
  const { thirtieth, lastWaitDay, first } = suitDates(claimSent, shift);
  return {
    date: isoFromDay(first),
    how: DEADLINE_TEXT.suit(
      formatDay(claimSent),
      formatDay(addDays(claimSent, 1)),
      formatDay(lastWaitDay),
      formatDay(first),
      lastWaitDay === thirtieth ? null : formatDay(thirtieth),
    ),
  };
}

/**
 * The limitation end for the invoice that fell due earliest (deadline-dates.ts counts it), with how it was
 * counted. No suspension for the claim step is added (ст. 202 п. 3), so the date errs on the early side.
 */
export function limitationDeadline(earliestDue: Day, invoices: number, shift = true, court?: CourtDates): Deadline {
  const d = limitationDates(earliestDue, shift, court);
  const moved = (day: Day, end: Day) => (end === day ? null : formatDay(day));
  let how = DEADLINE_TEXT.limitation(
    formatDay(earliestDue),
    formatDay(d.plain),
    invoices > 1,
    moved(d.nominal, d.plain),
  );
  if (d.orderLate) how += ` ${DEADLINE_TEXT.orderLate(formatDay(d.filed!))}`;
  else if (d.filed !== null && d.cancelled === null) how = `${how} ${DEADLINE_TEXT.orderPending(formatDay(d.filed))}`;
  else if (d.filed !== null && d.cancelled !== null)
    how = `${how} ${DEADLINE_TEXT.orderCancelled(formatDay(d.filed), formatDay(d.cancelled), formatDay(d.end), d.stop!.extended, moved(d.raw, d.end))}`;
  if (d.suit !== null) {
    how = `${how} ${d.suitInTime ? DEADLINE_TEXT.suitInTime(formatDay(d.suit)) : DEADLINE_TEXT.suitLate(formatDay(d.suit))}`;
    if (d.suitInTime) return { date: null, how: `${how} ${DEADLINE_TEXT.courtMark}`, stop: d.stop };
  }
  if (d.stop) how = `${how} ${DEADLINE_TEXT.courtMark}`;
  return { date: d.date, how, stop: d.stop };
}
