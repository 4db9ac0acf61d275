/**
 * The dates to keep: the earliest day to sue after the claim letter (arbitration: CLAIM_WAIT, 30 calendar
 * days, АПК РФ ст. 4 ч. 5) and the end of the limitation period (LIMITATION, 3 years, ГК РФ ст. 196, 200; stopped
 * while the court acts, ст. 204), each with one line on how it was counted. With `shift` a term ending on a
 * non-working day ends on the next working day (ГК РФ ст. 193).
 */
import { formatDay, isoFromDay, requireDay, type Day } from '../date/day';
import { addDays, addMonths, daysBetween } from '../date/arithmetic';
import { addYears, termEnd } from '../date/terms';
import { CLAIM_WAIT, LIMITATION, LIMITATION_AFTER_ORDER } from '../legal/terms';
import { DEADLINE_TEXT } from './result-messages';
import type { CourtDates, DebtorKind, Deadline } from './result';

/** The last day of a term: moved to a working day with `shift` (ГК РФ ст. 193). */
const lastDay = (day: Day, shift: boolean): Day => (shift ? termEnd(day) : day);

/**
 * The earliest day to file a suit: the 30 days run from the day after the letter was sent, and the suit may
 * be filed once they have passed. Private persons: no wait unless a law requires the claim step.
 */
export function suitDeadline(debtor: DebtorKind, claimSent: Day | null, shift = true): Deadline {
  if (debtor === 'person') return { date: null, how: DEADLINE_TEXT.suitPerson };
  if (claimSent === null) return { date: null, how: DEADLINE_TEXT.suitNotSent };
  const thirtieth = addDays(claimSent, CLAIM_WAIT.value);
  const lastWaitDay = lastDay(thirtieth, shift);
  const first = addDays(lastWaitDay, 1);
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
 * The limitation end for the invoice that fell due earliest: the period starts the day after the due date
 * (ст. 200) and ends on the same day and month three years later (ст. 192), on the next working day if that one is
 * not (ст. 193). No suspension for the claim step is added (ст. 202 п. 3), so the date errs on the early side.
 * A court-order application stops it (ст. 204 п. 1; Пленум № 43, п. 17); once the order is cancelled it runs
 * again, extended to 6 months if less is left (ст. 204 п. 3; п. 18). A suit filed in time stops it too.
 */
export function limitationDeadline(earliestDue: Day, invoices: number, shift = true, court?: CourtDates): Deadline {
  const nominal = addYears(earliestDue, LIMITATION.value);
  const plain = lastDay(nominal, shift);
  const moved = (day: Day, end: Day) => (end === day ? null : formatDay(day));
  let end = plain;
  let how = DEADLINE_TEXT.limitation(formatDay(earliestDue), formatDay(end), invoices > 1, moved(nominal, end));
  let stop: Deadline['stop'];
  const filed = court?.orderFiled ? requireDay(court.orderFiled) : null;
  const cancelled = court?.orderCancelled ? requireDay(court.orderCancelled) : null;
  if (filed !== null && filed > plain) how += ` ${DEADLINE_TEXT.orderLate(formatDay(filed))}`;
  else if (filed !== null && cancelled === null) {
    stop = { from: isoFromDay(filed), to: null, extended: false };
    how = `${how} ${DEADLINE_TEXT.orderPending(formatDay(filed))}`;
  } else if (filed !== null && cancelled !== null) {
    const resumed = addDays(nominal, daysBetween(filed, cancelled));
    const sixMonths = addMonths(cancelled, LIMITATION_AFTER_ORDER.value);
    const extended = sixMonths > resumed;
    const raw = extended ? sixMonths : resumed;
    end = lastDay(raw, shift);
    stop = { from: isoFromDay(filed), to: isoFromDay(cancelled), extended };
    how = `${how} ${DEADLINE_TEXT.orderCancelled(formatDay(filed), formatDay(cancelled), formatDay(end), extended, moved(raw, end))}`;
  }
  const suit = court?.suitFiled ? requireDay(court.suitFiled) : null;
  if (suit !== null) {
    const inTime = suit <= end && (stop === undefined || stop.to !== null || suit >= requireDay(stop.from));
    how = `${how} ${inTime ? DEADLINE_TEXT.suitInTime(formatDay(suit)) : DEADLINE_TEXT.suitLate(formatDay(suit))}`;
    if (inTime) return { date: null, how: `${how} ${DEADLINE_TEXT.courtMark}`, stop };
  }
  if (stop) how = `${how} ${DEADLINE_TEXT.courtMark}`;
  return { date: stop && stop.to === null ? null : isoFromDay(end), how, stop };
}
