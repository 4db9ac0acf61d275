/**
 * The schedule as CSV for Russian Excel and LibreOffice: UTF-8 with a BOM (so Excel detects the encoding),
 * `;` between fields and a decimal comma (what the Russian locale expects), CRLF line ends.
 */
import { formatPlain } from '../money/kopecks';
import { dayOfUtcDate, formatDay } from '../date/day';
import type { Schedule } from './schedule';

/** Column headings, in order. */
export const CSV_HEADER = ['№', 'Дата', 'Платёж, ₽', 'Основной долг, ₽', 'Проценты, ₽', 'Остаток долга, ₽'] as const;

/** Label of the down-payment row in the № column. */
export const CSV_DOWN_LABEL = 'Первый взнос';
/** Label of the totals row. */
export const CSV_TOTAL_LABEL = 'Итого';

/** Quote a field when it holds a separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text of a schedule, BOM first, with a totals row at the end. */
export function scheduleCsv(schedule: Schedule): string {
  const lines = [CSV_HEADER.map(field).join(';')];
  for (const r of schedule.rows) {
    lines.push(
      [
        r.down ? CSV_DOWN_LABEL : String(r.number),
        formatDay(dayOfUtcDate(r.date)),
        formatPlain(r.payment),
        formatPlain(r.principal),
        formatPlain(r.interest),
        formatPlain(r.remaining),
      ]
        .map(field)
        .join(';'),
    );
  }
  const principal = schedule.rows.reduce((s, r) => s + r.principal, 0);
  lines.push(
    [
      CSV_TOTAL_LABEL,
      '',
      formatPlain(schedule.totalPaid),
      formatPlain(principal),
      formatPlain(schedule.overpayment),
      '',
    ].join(';'),
  );
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
