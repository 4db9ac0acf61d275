/** The calculation table as a court reads it: one row per period with its formula, totals at the foot. */
import { formatRub } from '../../lib/money/kopecks';
import { formatIsoNumeric as ru } from '../../lib/date/day';
import { SECONDARY_ROW_MARK } from '../../lib/claim/result-messages';
import type { ClaimResult, ClaimRow } from '../../lib/claim/result';

const rateText = (r: ClaimRow) => (r.moratorium ? '—' : `${String(r.rate).replace('.', ',')}\u00a0%`);

/** A footnote sign, read out as its words. */
function Mark({ sign, text }: { sign: string; text: string }) {
  return (
    <>
      <span aria-hidden="true">{sign}</span>
      <span class="visually-hidden"> ({text})</span>
    </>
  );
}

/** The table in a focusable, named scroll area (it is wider than a phone). */
export function ResultTable({ result }: { result: ClaimResult }) {
  const several = result.invoices.length > 1;
  const is395 = result.kind === '395';
  const what = is395 ? 'Проценты' : 'Неустойка';
  return (
    <>
      <div class="claim-table-wrap" role="region" aria-label="Расчёт по периодам" tabIndex={0}>
        <table class="claim-table">
          <caption>
            {what} по периодам{several ? `, ${result.invoices.length} счёта` : ''}
          </caption>
          <thead>
            <tr>
              {several && <th scope="col">Счёт</th>}
              <th scope="col">Период</th>
              <th scope="col">Дней</th>
              <th scope="col">Долг, ₽</th>
              <th scope="col">Ставка</th>
              {is395 && <th scope="col">Дней в году</th>}
              <th scope="col">Формула</th>
              <th scope="col">Сумма, ₽</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={`${r.invoice}-${r.from}`} data-row class={r.moratorium ? 'claim-row--moratorium' : undefined}>
                {several && <td>{r.invoice + 1}</td>}
                <th scope="row">
                  {ru(r.from)}–{ru(r.to)}
                </th>
                <td class="num">{r.days}</td>
                <td class="num">{formatRub(r.debt).replace(/\u00a0₽$/, '')}</td>
                <td class="num">
                  {rateText(r)}
                  {r.rateSource === 'secondary' && <Mark sign="*" text={SECONDARY_ROW_MARK} />}
                  {r.rateSource === 'user' && <Mark sign="**" text="ваша ставка" />}
                </td>
                {is395 && <td class="num">{r.yearDays ?? '—'}</td>}
                <td class="claim-formula">{r.formula}</td>
                <td class="num" data-amount>
                  {formatRub(r.amount).replace(/\u00a0₽$/, '')}
                  {r.capped && <span class="claim-capped"> (предел)</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={(several ? 1 : 0) + (is395 ? 6 : 5)}>
                Итого
              </th>
              <td class="num" data-total>
                {formatRub(result.totals.interest).replace(/\u00a0₽$/, '')}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {result.rates.userUsed && <p class="claim-hint">** Ставка, которую вы добавили.</p>}
    </>
  );
}
