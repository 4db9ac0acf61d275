/**
 * The instalment schedule from the payment calculator's URL parameters, read with the calculator's own
 * URL state and checks, so the agreement carries exactly the calculator's schedule. Loaded by the page
 * only for `doc=installment`.
 */
import { fromSearchParams } from '../calculator/url-state';
import { readInstallments } from '../calculator/input-check';
import { buildSchedule, type InstallmentInput, type Schedule } from '../calculator/schedule';
import { parseIsoDate } from '../format/date';

/** The schedule, or null when the parameters do not make one. */
export function readScheduleUrl(
  params: URLSearchParams,
  today: Date,
): { input: InstallmentInput; schedule: Schedule } | null {
  const read = fromSearchParams(params, today);
  // An agreement may be written for a schedule that has already started: check it as of its first date.
  const start = parseIsoDate(read.state.start);
  const checked = readInstallments(read.state, start && start < today ? start : today);
  return checked.input ? { input: checked.input, schedule: buildSchedule(checked.input) } : null;
}
