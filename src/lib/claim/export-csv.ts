/**
 * The calculation table as CSV for Russian Excel and LibreOffice, as the calculator writes its schedule:
 * UTF-8 with a BOM, `;` between fields, a decimal comma, CRLF line ends; totals at the end.
 */
import { formatPlain } from '../money/kopecks';
import { formatIsoNumeric as date } from '../date/day';
import { SECONDARY_RATE_NOTE } from './result-messages';
import { PROCEDURE_NAMES } from './result-messages';
import type { ClaimResult } from './result';

/** Column headings, in order. */
export const CSV_HEADER = [
  'Счёт',
  'С',
  'По',
  'Дней',
  'Долг, ₽',
  'Ставка, %',
  'Дней в году',
  'Формула',
  'Сумма, ₽',
] as const;

/** Quote a field when it holds a separator, a quote or a line break. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** Plain spaces and no ₽: a spreadsheet cell. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The CSV text of a calculation, BOM first. */
export function claimCsv(result: ClaimResult): string {
  const lines = [CSV_HEADER.map(field).join(';')];
  for (const r of result.rows)
    lines.push(
      [
        String(r.invoice + 1),
        date(r.from),
        date(r.to),
        String(r.days),
        formatPlain(r.debt),
        String(r.rate).replace('.', ','),
        r.yearDays === null ? '' : String(r.yearDays),
        plain(r.formula) + (r.rateSource === 'secondary' ? ` (${SECONDARY_RATE_NOTE})` : ''),
        formatPlain(r.amount),
      ]
        .map(field)
        .join(';'),
    );
  const total = (label: string, kopecks: number) => ['', '', '', '', '', '', '', label, formatPlain(kopecks)].join(';');
  const what = result.kind === '395' ? 'Итого проценты' : 'Итого неустойка';
  lines.push(total(what, result.totals.interest));
  lines.push(total('Остаток долга', result.totals.debtLeft));
  lines.push(total('Цена иска', result.totals.claim));
  const fit = result.route.options.find((o) => o.procedure === result.route.procedure);
  if (fit) lines.push(total(`Госпошлина: ${PROCEDURE_NAMES[fit.procedure].toLowerCase()}`, fit.duty));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
