/** The dated schedule with its totals. */
import type { InstallmentInput, Schedule } from '../../lib/calculator/schedule';
import { formatRub } from '../../lib/money/kopecks';
import { dayOfUtcDate, formatDay, isoFromDay } from '../../lib/date/day';
import { paymentsCount } from '../../lib/calculator/words';
import { scheduleSummary } from '../../lib/calculator/summary';
import { SummaryBar } from '../shared/summary-bar';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  input: InstallmentInput;
  schedule: Schedule;
}

/**
 * The schedule: its summary and totals, then the table (number, date, payment, principal, interest, remaining
 * debt). The table follows a paint later, so a key typed into the form shows its totals at once (issue 24).
 */
export function ScheduleTable({ input, schedule }: Props) {
  // What the table shows: this schedule once it has been painted (Preact runs effects after paint; the input
  // changes with the schedule). The same element while it is unchanged, so Preact skips the table's render.
  const [table, setTable] = useState(() => <Table input={input} schedule={schedule} />);
  useEffect(() => setTable(<Table input={input} schedule={schedule} />), [schedule]);
  const total = formatRub(schedule.totalPaid);
  return (
    <div class="calc-schedule">
      <SummaryBar label="Всего к оплате" value={total} link="К графику" at="calc-schedule" />
      <h3 class="calc-result__title" id="calc-schedule-title">
        График платежей
      </h3>
      <p class="calc-summary" data-summary>
        {scheduleSummary(input, schedule)}
      </p>
      <dl class="calc-totals" id="calc-schedule-totals">
        <div>
          <dt>Всего к оплате</dt>
          <dd data-total-paid>{total}</dd>
        </div>
        <div>
          <dt>Переплата</dt>
          <dd data-overpayment>{formatRub(schedule.overpayment)}</dd>
        </div>
      </dl>
      {table}
    </div>
  );
}

/** The table itself. */
function Table({ input, schedule }: Props) {
  const principal = schedule.rows.reduce((s, r) => s + r.principal, 0);
  return (
    <div class="calc-table-wrap" role="region" aria-labelledby="calc-schedule-caption" tabIndex={0}>
      <table class="calc-table">
        <caption id="calc-schedule-caption">
          График: {paymentsCount(input.n)}
          {input.down > 0 ? ' и первый взнос' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">Дата</th>
            <th scope="col">Платёж</th>
            <th scope="col">Основной долг</th>
            <th scope="col">Проценты</th>
            <th scope="col">Остаток долга</th>
          </tr>
        </thead>
        <tbody>
          {schedule.rows.map((r) => (
            <tr key={r.number} data-row={r.number}>
              <th scope="row">{r.down ? 'Взнос' : r.number}</th>
              <td>
                <time dateTime={isoFromDay(dayOfUtcDate(r.date))}>{formatDay(dayOfUtcDate(r.date))}</time>
              </td>
              <td class="num" data-payment>
                {formatRub(r.payment)}
              </td>
              <td class="num">{formatRub(r.principal)}</td>
              <td class="num" data-interest>
                {formatRub(r.interest)}
              </td>
              <td class="num">{formatRub(r.remaining)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Итого
            </th>
            <td class="num">{formatRub(schedule.totalPaid)}</td>
            <td class="num">{formatRub(principal)}</td>
            <td class="num">{formatRub(schedule.overpayment)}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
