/** The result: the totals with what they rest on, the table, the court and the dates, and the exports. */
import { formatRub } from '../../lib/money/kopecks';
import { formatIsoNumeric as ru } from '../../lib/date/day';
import { SECONDARY_RESULT_FLAG, WORKDAYS_TEXT, beyondTableNote } from '../../lib/claim/result-messages';
import { addDays } from '../../lib/date/arithmetic';
import { formatDay, requireDay } from '../../lib/date/day';
import { yearRate } from '../../lib/claim/format';
import { latestKeyRate } from '../../lib/money/key-rate';
import type { ClaimResult } from '../../lib/claim/result';
import { ResultTable } from './ResultTable';
import { RouteView } from './RouteView';
import { ExportPanel } from './ExportPanel';
import { useEffect, useState } from 'preact/hooks';

/**
 * `value` one paint late: what renders from it (the long table, the court and its dates) follows just after
 * the paint that answers a key, so typing shows the new totals without waiting for the table.
 */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  // Preact runs effects after the browser paints.
  useEffect(() => setShown(value), [value]);
  return shown;
}
import { SummaryBar } from '../shared/summary-bar';

interface Props {
  result: ClaimResult;
  to: string;
  today: string;
  claimSent: string | null;
  /** The calculation's query string, for the link and the claim letter. */
  query: string;
  /** The interest without the working-day shift, when the shift changed it (links made before it showed this). */
  before: number | null;
}

/** The line on due dates moved to a working day (ГК РФ ст. 193), if any were. */
function movedNote(result: ClaimResult): string | null {
  const moved = result.invoices.filter((i) => i.payBy !== i.due);
  const first = moved[0];
  if (!first) return null;
  if (moved.length > 1) return WORKDAYS_TEXT.movedSeveral(moved.length);
  return WORKDAYS_TEXT.moved(ru(first.due), ru(first.payBy), formatDay(addDays(requireDay(first.payBy), 1)));
}

/** Everything under the form once the inputs can be used. */
export function ResultView({ result, to, today, claimSent, query, before }: Props) {
  const t = result.totals;
  const later = useAfterPaint(result);
  const moved = movedNote(result);
  const what = result.kind === '395' ? 'Проценты по ст. 395 ГК РФ' : 'Неустойка';
  return (
    <div class="claim-result" data-result="ready">
      <SummaryBar label="Цена иска" value={formatRub(t.claim)} link="К расчёту" at="claim-result" />
      <h2 id="claim-result-title">Сколько требовать на {ru(to)}</h2>
      <dl class="claim-totals" id="claim-result-totals">
        <div>
          <dt>Долг</dt>
          <dd data-debt-left>{formatRub(t.debtLeft)}</dd>
        </div>
        <div>
          <dt>{what}</dt>
          <dd data-interest>{formatRub(t.interest)}</dd>
        </div>
        <div class="claim-totals__main">
          <dt>Цена иска: долг + {result.kind === '395' ? 'проценты' : 'неустойка'}</dt>
          <dd data-claim>{formatRub(t.claim)}</dd>
        </div>
      </dl>
      {moved && (
        <p class="claim-flag" data-flag="workdays">
          {moved}
          {before !== null && ` ${WORKDAYS_TEXT.before(formatRub(before))}`}
          {WORKDAYS_TEXT.check && ` ${WORKDAYS_TEXT.check}`}
        </p>
      )}
      {result.rates.secondaryUsed && (
        <p class="claim-flag" data-flag="secondary">
          {SECONDARY_RESULT_FLAG}
        </p>
      )}
      {result.rates.beyondTableFrom && (
        <p class="claim-flag" data-flag="beyond-table">
          {beyondTableNote(ru(result.rates.beyondTableFrom), yearRate(latestKeyRate().bp))}
        </p>
      )}
      {t.paid > 0 && (
        <p>
          Учтены оплаты на {formatRub(t.paid)}.
          {t.overpayment > 0 && (
            <strong data-overpayment> Оплачено больше долга на {formatRub(t.overpayment)} — долга не осталось.</strong>
          )}
        </p>
      )}
      {result.payments.some((p) => p.afterEnd) && (
        <p class="claim-hint">Оплаты после {ru(to)} в этот расчёт не входят.</p>
      )}
      <ResultTable result={later} />
      <RouteView result={later} today={today} claimSent={claimSent} />
      <ExportPanel result={result} to={to} query={query} />
    </div>
  );
}
