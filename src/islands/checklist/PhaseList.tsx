import type { ChecklistPhase } from '../../lib/checklist/items';
import { activeCase, resetTicks, setTick } from '../../lib/case/actions';
import { fill } from '../../lib/format/fill';
import type { ChecklistMessages } from '../../lib/checklist/messages';
import type { Ctx } from './ctx';

/** The phases and their items; with `ctx`, each item gets a checkbox and the reset/print buttons appear. */
export function PhaseList({
  phases,
  now,
  m,
  ctx,
}: {
  phases: ChecklistPhase[];
  now: string[];
  m: ChecklistMessages;
  ctx?: Ctx;
}) {
  const current = ctx ? activeCase(ctx.snap.state) : null;
  const ticked = (id: string): boolean =>
    !!current && Object.hasOwn(current[1].ticks, id) && current[1].ticks[id]!.done;
  const reset = (): void => {
    if (ctx && window.confirm(m.confirmReset)) {
      ctx.act((s, id, at) => resetTicks(s, id, at));
      ctx.announce(m.resetDone);
    }
  };
  return (
    <div class="cl-phases">
      {phases.map((phase) => (
        <section class="cl-phase" key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <h2 id={`phase-${phase.id}`}>
            {phase.title}{' '}
            {ctx && (
              <span class="cl-phase__count">
                {fill(m.phaseProgress, {
                  done: phase.items.filter((i) => ticked(i.id)).length,
                  total: phase.items.length,
                })}
              </span>
            )}
          </h2>
          <p class="cl-phase__intro">{phase.intro}</p>
          <ul class="cl-items">
            {phase.items.map((item) => {
              const done = ticked(item.id);
              const isNow = now.includes(item.id);
              const title = <span class="cl-item__title">{item.title}</span>;
              return (
                <li
                  id={item.id}
                  key={item.id}
                  class={`cl-item${isNow ? ' cl-item--now' : ''}`}
                  data-done={ctx ? String(done) : undefined}
                >
                  {ctx ? (
                    <label class="cl-item__label">
                      <input
                        type="checkbox"
                        checked={done}
                        aria-describedby={`hint-${item.id}`}
                        onChange={(e) => ctx.act((s, id, at) => setTick(s, id, item.id, e.currentTarget.checked, at))}
                      />
                      {title}
                    </label>
                  ) : (
                    title
                  )}
                  {isNow && <span class="cl-item__now">{m.nowBadge}</span>}
                  <p class="cl-item__hint" id={`hint-${item.id}`}>
                    {item.hint} <a href={item.guide.href}>{fill(m.guideLink, { label: item.guide.label })}</a>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {ctx && (
        <p class="cl-actions no-print">
          <button type="button" class="button" onClick={reset} data-action="reset">
            {m.reset}
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            {m.print}
          </button>
        </p>
      )}
    </div>
  );
}
