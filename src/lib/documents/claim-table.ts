/**
 * The claim calculator's calculation as the claim letter and the court-order application write it: the table
 * and what to check before sending it. Loaded with the calculation itself (claim-url.ts), never at the page's
 * first load: without a link there is nothing to write out.
 */
import { dayRate, yearRate } from '../claim/format';
import type { ClaimResult } from '../claim/result';
// The site's one wording (the claim calculator's SECONDARY_RATE_NOTE), without the calculator's result texts.
import { SECONDARY_SOURCE_NOTE as SECONDARY_RATE_NOTE } from '../money/key-rate-notes';
import { formatRub } from '../money/kopecks';
import { isoDateText } from './claim-parts';
import type { DebtFacts } from './inputs';
import type { Block } from './model';

/** The rate column: «16 %» a year for ст. 395, «0,1 % в день» for a penalty, «—» in the moratorium. */
function rateText(kind: ClaimResult['kind'], rate: number, moratorium: boolean): string {
  if (moratorium) return '—';
  return kind === '395' ? yearRate(Math.round(rate * 100)) : `${dayRate(Math.round(rate * 10_000))} в день`;
}

/**
 * The calculation as a table, the way a court reads it: the claim calculator's rows as they are. With several
 * invoices a first column names each row's invoice, each invoice ends with its own total (days and sum), and
 * the overall «Итого» gives the sum alone: days of different invoices overlap and do not add up.
 */
export function calculationTable(claim: ClaimResult, debt?: DebtFacts | null): Extract<Block, { kind: 'table' }> {
  const byInvoice = claim.invoices.length > 1;
  const label = (i: number): string => {
    const no = debt?.invoices[i]?.fact?.no.trim();
    return no ? `№ ${no}` : String(i + 1);
  };
  const rows: string[][] = [];
  const line = (i: number, cells: string[]) => rows.push(byInvoice ? [label(i), ...cells] : cells);
  claim.rows.forEach((r, k) => {
    line(r.invoice, [
      `${isoDateText(r.from)} – ${isoDateText(r.to)}`,
      String(r.days),
      formatRub(r.debt),
      rateText(claim.kind, r.rate, r.moratorium),
      r.formula,
      formatRub(r.amount),
    ]);
    const inv = r.invoice;
    if (byInvoice && claim.rows[k + 1]?.invoice !== inv) {
      const days = claim.rows.filter((o) => o.invoice === inv).reduce((s, o) => s + o.days, 0);
      line(inv, ['Итого по счёту', String(days), '', '', '', formatRub(claim.invoices[inv]?.interest ?? 0)]);
    }
  });
  const days = byInvoice ? '' : String(claim.rows.reduce((s, r) => s + r.days, 0));
  return {
    kind: 'table',
    caption: claim.kind === '395' ? 'Расчёт процентов по статье 395 ГК РФ' : 'Расчёт неустойки',
    columns: [
      ...(byInvoice ? [{ label: 'Счёт' }] : []),
      { label: 'Период' },
      { label: 'Дней', numeric: true },
      { label: 'Сумма долга', numeric: true },
      { label: 'Ставка' },
      { label: 'Формула' },
      { label: 'Сумма', numeric: true },
    ],
    rows,
    total: [...(byInvoice ? [''] : []), 'Итого', days, '', '', '', formatRub(claim.totals.interest)],
  };
}

/** What to check before sending a calculation: key rates from secondary sources or typed by the user. */
export function rateWarnings(claim: ClaimResult | null): string[] {
  if (!claim) return [];
  const out: string[] = [];
  if (claim.rates.secondaryUsed) out.push(`Часть ключевых ставок в расчёте — ${SECONDARY_RATE_NOTE}.`);
  if (claim.rates.beyondTableFrom)
    out.push(
      'Расчёт идёт дальше последней известной ставки: добавьте более поздние ставки в калькуляторе «Сколько требовать».',
    );
  return out;
}
