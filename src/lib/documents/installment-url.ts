/**
 * The instalment schedule from the payment calculator's URL parameters, read with the calculator's own
 * URL state and checks, so the agreement carries exactly the calculator's schedule. Loaded by the page
 * only for `doc=installment`.
 */
import { fromSearchParams } from '../calculator/url-state';
import { readInstallments } from '../calculator/input-check';
import { buildSchedule, type InstallmentInput, type Schedule } from '../calculator/schedule';
import { dayFromIso, utcDate, type Day } from '../date/day';

/** The schedule, or null when the parameters do not make one. */
export function readScheduleUrl(
  params: URLSearchParams,
  today: Day,
): { input: InstallmentInput; schedule: Schedule } | null {
  // The payment calculator still carries `Date`s (src/lib/calculator/schedule.ts).
  const read = fromSearchParams(params, utcDate(today));
  // An agreement may be written for a schedule that has already started: check it as of its first date.
  const start = dayFromIso(read.state.start);
  const checked = readInstallments(read.state, utcDate(start !== null && start < today ? start : today));
  return checked.input ? { input: checked.input, schedule: buildSchedule(checked.input) } : null;
}
