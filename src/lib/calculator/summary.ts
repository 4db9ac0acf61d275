/** The one-sentence summary of a schedule shown above its table (and announced to screen readers). */
import { formatRub } from '../money/kopecks';
import { formatBp } from '../money/percent';
import { dayOfUtcDate, formatDay } from '../date/day';
import type { InstallmentInput, Schedule } from './schedule';
import { FREQUENCY_LABELS, paymentsCount } from './words';

/** A schedule date as the site shows it: 27.11.2026. */
const dmy = (date: Date): string => formatDay(dayOfUtcDate(date));

/**
 * How many payments, from when to when, how much in all. The dates are those of the regular payments; a
 * down payment is named with its own date, since it falls a period before them.
 */
export function scheduleSummary(input: InstallmentInput, schedule: Schedule): string {
  const down = schedule.rows.find((r) => r.down);
  const regular = schedule.rows.filter((r) => !r.down);
  const first = regular[0];
  const last = regular.at(-1);
  const lead = down ? `Первый взнос ${formatRub(down.payment)} — ${dmy(down.date)}, затем ` : '';
  let dates = '';
  if (first && last && regular.length === 1) dates = ` ${dmy(first.date)}`;
  else if (first && last) dates = ` ${FREQUENCY_LABELS[input.every]} с ${dmy(first.date)} по ${dmy(last.date)}`;
  const rate =
    input.rateBp > 0 ? `, переплата ${formatRub(schedule.overpayment)} (${formatBp(input.rateBp)} годовых)` : '';
  const sentence = `${lead}${paymentsCount(regular.length)}${dates}: всего ${formatRub(schedule.totalPaid)}${rate}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
