import { formatRub } from '../money/kopecks';
import { CHANNEL_LABELS } from './labels';
import { formatIsoNumeric } from '../date/day';
import type { Case, LogEntry } from '../case/stored-state';

/**
 * A field for Russian Excel: always quoted, quotes doubled, and a leading = + - @ neutralised with an
 * apostrophe so a cell is never run as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The contact log of one case as CSV for Russian Excel: UTF-8 BOM, `;` separators, CRLF line ends. */
export function logToCsv(c: Pick<Case, 'client' | 'amount' | 'dueDate'>, entries: readonly LogEntry[]): string {
  const rows: string[][] = [
    [
      'Клиент',
      c.client,
      'Сумма',
      c.amount === null ? '' : formatRub(c.amount),
      'Срок оплаты',
      formatIsoNumeric(c.dueDate),
    ],
    ['Дата', 'Способ связи', 'Что сказали', 'О чём договорились', 'Следующий шаг', 'Дата следующего шага'],
    ...entries.map((e) => [
      formatIsoNumeric(e.date),
      CHANNEL_LABELS[e.channel],
      e.said,
      e.agreed,
      e.next,
      formatIsoNumeric(e.nextDate),
    ]),
  ];
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** A file name for a download: "журнал-контактов-ромашка-2026-11-27.csv"-style, with the client's name where possible. */
export function fileName(prefix: string, client: string, isoDay: string, ext: string): string {
  const slug = client
    .toLowerCase()
    .replace(/[^a-zа-яё0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${[prefix, slug, isoDay].filter(Boolean).join('-')}.${ext}`;
}
