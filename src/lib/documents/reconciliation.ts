/**
 * The reconciliation act (акт сверки взаимных расчётов): the opening balance, the documents that raised
 * the debt (debit), the payments (credit) and the closing balance, all computed from the lines entered.
 */
import { dayFromIso, formatDay } from '../date/day';
import { formatDayLong } from '../date/words';
import { formatAmount } from '../money/kopecks';
import { amountText, contractRef, dateOrBlank, partyName, signatureOf } from './common';
import type { DocInput, ReconLine } from './inputs';
import type { Block, DocParts } from './model';

/** The act's totals: turnover on each side and the balance at the end (positive: the debtor owes). */
export interface ReconTotals {
  debit: number;
  credit: number;
  closing: number;
}

/** Add up the lines; the closing balance = opening + debit − credit. */
export function reconTotals(opening: number, lines: readonly ReconLine[]): ReconTotals {
  const debit = lines.filter((l) => l.side === 'debit').reduce((s, l) => s + l.amount, 0);
  const credit = lines.filter((l) => l.side === 'credit').reduce((s, l) => s + l.amount, 0);
  return { debit, credit, closing: opening + debit - credit };
}

/** Lines in date order (undated last, in the order typed). */
function sortedLines(lines: readonly ReconLine[]): ReconLine[] {
  const key = (l: ReconLine) => dayFromIso(l.date) ?? Number.POSITIVE_INFINITY;
  return [...lines].sort((a, b) => key(a) - key(b));
}

const side = (k: number): [string, string] => (k >= 0 ? [formatAmount(k), ''] : ['', formatAmount(-k)]);

/** Build the act. */
export function reconciliation(input: DocInput): DocParts {
  const { me, debtor, details, today, recon } = input;
  const totals = reconTotals(recon.opening, recon.lines);
  const period = `с ${dateOrBlank(recon.from, 'начало периода')} по ${dateOrBlank(recon.to, 'конец периода')}`;
  const end = dayFromIso(recon.to) ?? today;
  const rows: string[][] = [
    [dateOrBlank(recon.from, 'дата'), 'Сальдо начальное', ...side(recon.opening)],
    ...sortedLines(recon.lines).map((l) => [
      dateOrBlank(l.date, 'дата'),
      l.doc.trim() || (l.side === 'debit' ? 'Реализация (акт, накладная)' : 'Оплата'),
      l.side === 'debit' ? formatAmount(l.amount) : '',
      l.side === 'credit' ? formatAmount(l.amount) : '',
    ]),
    ['', 'Обороты за период', formatAmount(totals.debit), formatAmount(totals.credit)],
  ];
  const closing = totals.closing;
  const result =
    closing > 0
      ? `задолженность ${partyName(debtor)} перед ${partyName(me)} составляет ${amountText(closing)}`
      : closing < 0
        ? `задолженность ${partyName(me)} перед ${partyName(debtor)} составляет ${amountText(-closing)}`
        : 'задолженность отсутствует';
  const body: Block[] = [
    {
      kind: 'para',
      indent: true,
      text: `Мы, нижеподписавшиеся, ${partyName(me)} и ${partyName(debtor)}, составили настоящий акт о том, что состояние взаимных расчётов по ${contractRef(details)} по данным учёта ${partyName(me)} следующее.`,
    },
    {
      kind: 'table',
      caption: `Расчёты ${period}, руб.`,
      columns: [
        { label: 'Дата' },
        { label: 'Документ' },
        { label: 'Дебет', numeric: true },
        { label: 'Кредит', numeric: true },
      ],
      rows,
      total: [formatDay(end), 'Сальдо конечное', ...side(closing)],
    },
    { kind: 'para', indent: true, text: `На ${formatDayLong(end)} ${result}.` },
    {
      kind: 'para',
      indent: true,
      text: 'При несогласии с данными акта просим указать расхождения и вернуть подписанный экземпляр с ними.',
    },
  ];
  return {
    header: [],
    dateLine: formatDayLong(today),
    title: 'Акт сверки взаимных расчётов',
    subtitle: period,
    body,
    signatures: [signatureOf(me, `От ${partyName(me)}`), signatureOf(debtor, `От ${partyName(debtor)}`)],
  };
}
