/** The schedule as plain text to paste into an installment agreement («График платежей …»). */
import { formatRub } from '../money/kopecks';
import { formatBp } from '../money/percent';
import { formatDateNumeric } from '../format/date';
import type { InstallmentInput, Schedule } from './schedule';
import { FREQUENCY_LABELS, METHOD_LABELS, paymentsCount } from './words';

/** The agreement text: the debt, the down payment, each dated payment and the total. */
export function agreementText(input: InstallmentInput, schedule: Schedule): string {
  const lines = ['График платежей', '', `Сумма долга: ${formatRub(input.amount)}.`];
  const regular = schedule.rows.filter((r) => !r.down);
  const down = schedule.rows.find((r) => r.down);
  if (down) lines.push(`Первый взнос: ${formatRub(down.payment)} — не позднее ${formatDateNumeric(down.date)}.`);
  const rest = `${down ? 'Оставшаяся сумма' : 'Сумма'} ${formatRub(input.amount - input.down)} выплачивается ${FREQUENCY_LABELS[input.every]}, ${paymentsCount(regular.length)}`;
  if (input.rateBp > 0) {
    lines.push(`${rest}, с процентами ${formatBp(input.rateBp)} годовых на остаток долга, ${METHOD_LABELS[input.method]}:`);
  } else lines.push(`${rest}:`);
  regular.forEach((r, i) => {
    const end = i === regular.length - 1 ? '.' : ';';
    const parts = input.rateBp > 0 ? ` (основной долг ${formatRub(r.principal)}, проценты ${formatRub(r.interest)})` : '';
    lines.push(`${r.number}) не позднее ${formatDateNumeric(r.date)} — ${formatRub(r.payment)}${parts}${end}`);
  });
  lines.push('', `Всего к оплате: ${formatRub(schedule.totalPaid)}${schedule.overpayment > 0 ? `, из них проценты ${formatRub(schedule.overpayment)}` : ''}.`);
  return lines.join('\n');
}
