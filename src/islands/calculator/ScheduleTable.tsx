/** The dated schedule with its totals. */
import type { InstallmentInput, Schedule } from '../../lib/calculator/schedule';
import { formatRub } from '../../lib/money/kopecks';
import { dayOfUtcDate, formatDay, isoFromDay } from '../../lib/date/day';
import { paymentsCount } from '../../lib/calculator/words';
import { scheduleSummary } from '../../lib/calculator/summary';
import { SummaryBar } from '../shared/summary-bar';

/** The schedule table: number, date, payment, principal, interest, remaining debt. */
export function ScheduleTable({ input, schedule }: { input: InstallmentInput; schedule: Schedule }) {
  const principal = schedule.rows.reduce((s, r) => s + r.principal, 0);
  return (
    <div class="calc-schedule">
      <SummaryBar label="Всего к оплате" value={formatRub(schedule.totalPaid)} link="К графику" at="calc-schedule" />
      <h3 class="calc-result__title" id="calc-schedule-title">
        График платежей
      </h3>
      <p class="calc-summary" data-summary>
        {scheduleSummary(input, schedule)}
      </p>
      <dl class="calc-totals" id="calc-schedule-totals">
        <div>
          <dt>Всего к оплате</dt>
          <dd data-total-paid>{formatRub(schedule.totalPaid)}</dd>
        </div>
        <div>
          <dt>Переплата</dt>
          <dd data-overpayment>{formatRub(schedule.overpayment)}</dd>
        </div>
      </dl>
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
    </div>
  );
}
