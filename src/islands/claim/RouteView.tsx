/** Which court and procedure, the state duty for each, and the dates to keep with a timeline. */
import { formatRub } from '../../lib/money/kopecks';
import { COURT_NAMES, PROCEDURE_NAMES, ROUTE_TEXT, ROUTE_TEXT_MARKS } from '../../lib/claim/result-messages';
import { blockCheck } from '../../lib/legal/marks';
import { timelineMarks } from '../../lib/claim/timeline';
import { rubles } from '../../lib/claim/format';
import { formatIsoNumeric as ru } from '../../lib/date/day';
import type { ClaimResult, RouteOption } from '../../lib/claim/result';

function Option({ o }: { o: RouteOption }) {
  return (
    <li class={o.fits ? 'claim-option' : 'claim-option claim-option--no'} data-procedure={o.procedure}>
      <strong>{PROCEDURE_NAMES[o.procedure]}</strong>{' '}
      {o.limit === null ? '— при любой сумме' : `— до ${rubles(o.limit)}`}
      {o.article ? ` (${o.article})` : ''}: {o.fits ? 'подходит' : 'не подходит — цена иска больше'}.
      <br />
      Госпошлина: <span data-duty>{rubles(o.duty)}</span> ({o.dutyArticle}).
    </li>
  );
}

/** The court route and the deadlines. */
export function RouteView({
  result,
  today,
  claimSent,
}: {
  result: ClaimResult;
  today: string;
  claimSent: string | null;
}) {
  const { route, deadlines } = result;
  const marks = timelineMarks(result, claimSent, today);
  /** The limitation's stop while the court acted: from the application to the cancellation (or the end). */
  const at = (key: string) => marks.find((m) => m.key === key)?.at;
  const stopFrom = at('order');
  const stop = stopFrom === undefined ? null : { from: stopFrom, to: at('cancel') ?? 1000 };
  const arbitration = route.court === 'arbitration';
  const limitationPassed = deadlines.limitation.date !== null && deadlines.limitation.date < today;
  // The check the route's facts need, once, as the block's last sentence.
  const check = blockCheck([...route.options.flatMap((o) => [o.mark, o.dutyMark]), ...ROUTE_TEXT_MARKS[route.court]]);
  return (
    <section class="claim-next" aria-labelledby="claim-next-title">
      <h2 id="claim-next-title">Куда и когда обращаться</h2>
      <p data-court={route.court}>
        <strong>{COURT_NAMES[route.court]}</strong> — {arbitration ? ROUTE_TEXT.arbitration : ROUTE_TEXT.general}{' '}
        {ROUTE_TEXT.claimAmount(formatRub(route.claimAmount), arbitration)}
      </p>
      <ul class="claim-options">
        {route.options.map((o) => (
          <Option key={o.procedure} o={o} />
        ))}
      </ul>
      <p class="claim-hint">
        {arbitration ? ROUTE_TEXT.orderArbitration : ROUTE_TEXT.orderGeneral}
        {check && <span data-check> {check}</span>}
      </p>

      <h3>Сроки</h3>
      <dl class="claim-deadlines">
        <dt>Когда можно подать иск</dt>
        <dd data-deadline="suit">
          {deadlines.suit.date && <strong>{ru(deadlines.suit.date)}. </strong>}
          {deadlines.suit.how}
        </dd>
        <dt>Конец срока исковой давности</dt>
        <dd data-deadline="limitation">
          {deadlines.limitation.date && <strong>{ru(deadlines.limitation.date)}. </strong>}
          {deadlines.limitation.how} {ROUTE_TEXT.limitationAsk}
          {limitationPassed && <strong class="claim-flag"> {ROUTE_TEXT.limitationPassed}</strong>}
        </dd>
      </dl>
      <figure class="claim-timeline">
        <svg viewBox="0 0 1000 44" aria-hidden="true" focusable="false">
          <line class="claim-timeline__axis" x1="20" y1="22" x2="980" y2="22" />
          {stop && (
            <line class="claim-timeline__stop" x1={20 + stop.from * 0.96} y1="22" x2={20 + stop.to * 0.96} y2="22" />
          )}
          {marks.map((m, i) =>
            m.key === 'today' ? (
              <line
                key={m.key}
                class="claim-timeline__today"
                x1={20 + m.at * 0.96}
                y1="2"
                x2={20 + m.at * 0.96}
                y2="42"
              />
            ) : (
              <g key={m.key} class={`claim-timeline__mark claim-timeline__mark--${m.key}`}>
                <circle cx={20 + m.at * 0.96} cy="22" r="12" />
                <text x={20 + m.at * 0.96} y="27" text-anchor="middle">
                  {i + 1}
                </text>
              </g>
            ),
          )}
        </svg>
        <figcaption>
          <ol class="claim-timeline__list">
            {marks.map((m) => (
              <li key={m.key} data-mark={m.key} class={m.key === 'today' ? 'claim-timeline__item--today' : undefined}>
                {m.label}: {m.date}
              </li>
            ))}
          </ol>
        </figcaption>
      </figure>
    </section>
  );
}
