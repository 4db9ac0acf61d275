/**
 * The dates to keep: the earliest day to sue after the claim letter (arbitration: CLAIM_WAIT, 30 calendar
 * days, АПК РФ ст. 4 ч. 5) and the end of the limitation period (LIMITATION, 3 years, ГК РФ ст. 196, 200),
 * each with one line on how it was counted.
 */
import { formatDay, isoFromDay, type Day } from '../date/day';
import { addDays } from '../date/arithmetic';
import { addYears } from '../date/terms';
import { CLAIM_WAIT, LIMITATION } from '../legal/terms';
import { DEADLINE_TEXT } from './result-messages';
import type { DebtorKind, Deadline } from './result';

/**
 * The earliest day to file a suit: the 30 days run from the day after the letter was sent, and the suit may
 * be filed once they have passed. Private persons: no wait unless a law requires the claim step.
 */
export function suitDeadline(debtor: DebtorKind, claimSent: Day | null): Deadline {
  if (debtor === 'person') return { date: null, how: DEADLINE_TEXT.suitPerson };
  if (claimSent === null) return { date: null, how: DEADLINE_TEXT.suitNotSent };
  const lastWaitDay = addDays(claimSent, CLAIM_WAIT.value);
  const first = addDays(lastWaitDay, 1);
  return {
    date: isoFromDay(first),
    how: DEADLINE_TEXT.suit(
      formatDay(claimSent),
      formatDay(addDays(claimSent, 1)),
      formatDay(lastWaitDay),
      formatDay(first),
    ),
  };
}

/**
 * The limitation end for the invoice that fell due earliest: the period starts the day after the due date
 * (ст. 200) and ends on the same day and month three years later (ст. 192). No suspension for the claim
 * step is added (ст. 202 п. 3), so the date errs on the early side.
 */
export function limitationDeadline(earliestDue: Day, invoices: number): Deadline {
  const end = addYears(earliestDue, LIMITATION.value);
  return {
    date: isoFromDay(end),
    how: DEADLINE_TEXT.limitation(formatDay(earliestDue), formatDay(end), invoices > 1),
  };
}
