/**
 * The dates of the claim calculator's deadlines, without their words (deadlines.ts words them): the earliest
 * day to sue after the claim letter (arbitration: CLAIM_WAIT, 30 calendar days, АПК РФ ст. 4 ч. 5) and the end of
 * the limitation period (LIMITATION, 3 years, ГК РФ ст. 196, 200; stopped while the court acts, ст. 204). With
 * `shift` a term ending on a non-working day ends on the next working day (ГК РФ ст. 193). Kept apart so that «Моё
 * дело» counts the same dates without loading the calculator's texts (its JavaScript budget, decision 112).
 */
import { isoFromDay, requireDay, type Day } from '../date/day';
import { addDays, addMonths, daysBetween } from '../date/arithmetic';
import { addYears, termEnd } from '../date/terms';
import { CLAIM_WAIT, LIMITATION, LIMITATION_AFTER_ORDER } from '../legal/terms';
import type { CourtDates, Deadline } from './result';

/** The last day of a term: moved to a working day with `shift` (ГК РФ ст. 193). */
const lastDay = (day: Day, shift: boolean): Day => (shift ? termEnd(day) : day);

/** The wait after the claim letter: its 30th day, its last day (moved with `shift`) and the first day to sue. */
export function suitDates(claimSent: Day, shift = true): { thirtieth: Day; lastWaitDay: Day; first: Day } {
  const thirtieth = addDays(claimSent, CLAIM_WAIT.value);
  const lastWaitDay = lastDay(thirtieth, shift);
  return { thirtieth, lastWaitDay, first: addDays(lastWaitDay, 1) };
}

/** The limitation period's dates for the invoice that fell due earliest, and what the court dates did to it. */
export interface LimitationDates {
  /** Three years after the due date (ст. 192). */
  nominal: Day;
  /** The end without the court: `nominal` moved to a working day. */
  plain: Day;
  /** The end counted (with the court's stop); `raw` before the move to a working day. */
  end: Day;
  raw: Day;
  /** The court-order application and its cancellation, as given. */
  filed: Day | null;
  cancelled: Day | null;
  /** The application came after the period had ended: it stopped nothing. */
  orderLate: boolean;
  stop: Deadline['stop'];
  /** The suit, and whether it was filed while the period ran (then the court has the claim: no end is shown). */
  suit: Day | null;
  suitInTime: boolean;
  /** The date to show: null while a court has the claim. */
  date: string | null;
}

/**
 * The limitation end: the period starts the day after the due date (ст. 200) and ends on the same day and month
 * three years later (ст. 192), on the next working day if that one is not (ст. 193). A court-order application
 * stops it (ст. 204 п. 1; Пленум № 43, п. 17); once the order is cancelled it runs again, extended to 6 months if
 * less is left (ст. 204 п. 3; п. 18). A suit filed in time stops it too.
 */
export function limitationDates(earliestDue: Day, shift = true, court?: CourtDates): LimitationDates {
  const nominal = addYears(earliestDue, LIMITATION.value);
  const plain = lastDay(nominal, shift);
  let end = plain;
  let raw = nominal;
  let stop: Deadline['stop'];
  const filed = court?.orderFiled ? requireDay(court.orderFiled) : null;
  const cancelled = court?.orderCancelled ? requireDay(court.orderCancelled) : null;
  const orderLate = filed !== null && filed > plain;
  if (filed !== null && !orderLate && cancelled === null) stop = { from: isoFromDay(filed), to: null, extended: false };
  else if (filed !== null && !orderLate && cancelled !== null) {
    const resumed = addDays(nominal, daysBetween(filed, cancelled));
    const sixMonths = addMonths(cancelled, LIMITATION_AFTER_ORDER.value);
    const extended = sixMonths > resumed;
    raw = extended ? sixMonths : resumed;
    end = lastDay(raw, shift);
    stop = { from: isoFromDay(filed), to: isoFromDay(cancelled), extended };
  }
  const suit = court?.suitFiled ? requireDay(court.suitFiled) : null;
  const suitInTime =
    suit !== null && suit <= end && (stop === undefined || stop.to !== null || suit >= requireDay(stop.from));
  const date = suitInTime || (stop && stop.to === null) ? null : isoFromDay(end);
  return { nominal, plain, end, raw, filed, cancelled, orderLate, stop, suit, suitInTime, date };
}
