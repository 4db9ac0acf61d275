/**
 * What the claim letter (claim.ts) and the court-order application (court-order.ts) share: the debt they
 * claim, the claim calculator's calculation as a table, what to check before sending it, and the copies
 * attached. claim.ts passes them on to court-order.ts (see there).
 */
import { formatIsoNumeric } from '../date/day';
import { dayRate, yearRate } from '../claim/format';
import type { ClaimResult } from '../claim/result';
// The site's one wording (the claim calculator's SECONDARY_RATE_NOTE), without the calculator's result texts.
import { SECONDARY_SOURCE_NOTE as SECONDARY_RATE_NOTE } from '../money/key-rate-notes';
import { formatRub } from '../money/kopecks';
import { contractRef, debtLeft, documentLines } from './common';
import type { CaseDetails, DebtFacts, DocInput } from './inputs';
import type { Block } from './model';

/** An ISO date as «01.10.2026» (as it is when it does not read). */
export const isoDateText = (iso: string): string => formatIsoNumeric(iso) || iso;

/** The rate column: «16 %» a year for ст. 395, «0,1 % в день» for a penalty, «—» in the moratorium. */
function rateText(kind: ClaimResult['kind'], rate: number, moratorium: boolean): string {
  if (moratorium) return '—';
  return kind === '395' ? yearRate(Math.round(rate * 100)) : `${dayRate(Math.round(rate * 10_000))} в день`;
}

/** The debt claimed: the claim calculator's debt left when its link came, else the invoices less the payments. */
export function claimedDebt(input: Pick<DocInput, 'claim' | 'debt'>): number | null {
  return input.claim ? input.claim.totals.debtLeft : debtLeft(input.debt);
}

/** The period the calculation covers: the first row's start to the last row's end. */
export function calcPeriod(claim: ClaimResult): { from: string; to: string } | null {
  const first = claim.rows[0];
  const last = claim.rows.at(-1);
  return first && last ? { from: first.from, to: last.to } : null;
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

/** The first attachments: a copy of the contract, then copies of the invoices and acts as typed. */
export function copiesAttached(details: CaseDetails): string[] {
  const docs = documentLines(details);
  return [
    `Копия ${contractRef(details, 'договора')}.`,
    docs.length > 0 ? `Копии документов: ${docs.join('; ')}.` : 'Копии счетов и актов.',
  ];
}
