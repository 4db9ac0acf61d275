/** The schedule as plain text to paste into an installment agreement («График платежей …»). */
import { formatRub } from '../money/kopecks';
import { formatBp } from '../money/percent';
import { dayOfUtcDate, formatDay } from '../date/day';
import type { InstallmentInput, Schedule } from './schedule';
import { FREQUENCY_LABELS, METHOD_LABELS, paymentsCount } from './words';

/** A schedule date as the agreement writes it: 27.11.2026. */
const dmy = (date: Date): string => formatDay(dayOfUtcDate(date));

/**
 * The agreement text: one clause naming the debt and how it is repaid (the down payment, the number and
 * frequency of payments, the interest and when it starts), then each dated payment and the total.
 */
export function agreementText(input: InstallmentInput, schedule: Schedule): string {
  const regular = schedule.rows.filter((r) => !r.down);
  const down = schedule.rows.find((r) => r.down);
  const first = schedule.rows[0];
  const plan = `${FREQUENCY_LABELS[input.every]}, в\u00a0${paymentsCount(regular.length)}`;
  let clause = down
    ? `Долг в сумме ${formatRub(input.amount)} погашается так: первый взнос ${formatRub(down.payment)} — не позднее ${dmy(down.date)}, оставшиеся ${formatRub(input.amount - input.down)} — ${plan}`
    : `Долг в сумме ${formatRub(input.amount)} погашается ${plan}`;
  if (input.rateBp > 0 && first) {
    clause += `, ${METHOD_LABELS[input.method]}, с процентами ${formatBp(input.rateBp)} годовых на остаток долга, начисляемыми с ${dmy(first.date)}`;
  }
  const lines = ['График платежей', '', `${clause}, в следующие сроки:`];
  regular.forEach((r, i) => {
    const end = i === regular.length - 1 ? '.' : ';';
    const parts =
      input.rateBp > 0 ? ` (основной долг ${formatRub(r.principal)}, проценты ${formatRub(r.interest)})` : '';
    lines.push(`${r.number}) не позднее ${dmy(r.date)} — ${formatRub(r.payment)}${parts}${end}`);
  });
  lines.push(
    '',
    `Всего к оплате: ${formatRub(schedule.totalPaid)}${schedule.overpayment > 0 ? `, из них проценты ${formatRub(schedule.overpayment)}` : ''}.`,
  );
  return lines.join('\n');
}
