import type { ChecklistPhase } from '../../lib/checklist/items';
import { activeCase, resetTicks, setTick } from '../../lib/case/actions';
import { fill } from '../../lib/format/fill';
import type { ChecklistMessages } from '../../lib/checklist/messages';
import type { Ctx } from './ctx';
import type { VNode } from 'preact';
import { useRef, useState } from 'preact/hooks';

type Item = ChecklistPhase['items'][number];

interface ItemProps {
  item: Item;
  done: boolean;
  isNow: boolean;
  m: ChecklistMessages;
  toggle: ((item: string, done: boolean) => void) | null;
}

/** One item: with `toggle` (the island running) a checkbox, else its title. */
function Item({ item, done, isNow, m, toggle }: ItemProps) {
  const title = <span class="cl-item__title">{item.title}</span>;
  return (
    <li id={item.id} class={`cl-item${isNow ? ' cl-item--now' : ''}`} data-done={toggle ? String(done) : undefined}>
      {toggle ? (
        <label class="cl-item__label">
          <input
            type="checkbox"
            checked={done}
            aria-describedby={`hint-${item.id}`}
            onChange={(e) => {
              // The box shows the saved state: the tick's render sets it (a read-only store keeps it as it was).
              const wanted = e.currentTarget.checked;
              e.currentTarget.checked = done;
              toggle(item.id, wanted);
            }}
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
}

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
  // A tick renders only the item it changes (issue 24): one toggle for every item, kept across renders, and each
  // item's element kept while it shows the same (Preact skips a component given the same element again).
  const latest = useRef(ctx);
  latest.current = ctx;
  const [toggle] = useState(
    () => (item: string, done: boolean) => latest.current?.act((s, id, at) => setTick(s, id, item, done, at)),
  );
  const made = useRef(new Map<string, { props: ItemProps; element: VNode }>());
  const element = (props: ItemProps): VNode => {
    const was = made.current.get(props.item.id);
    if (was && (Object.keys(props) as (keyof ItemProps)[]).every((k) => was.props[k] === props[k])) return was.element;
    const element = <Item key={props.item.id} {...props} />;
    made.current.set(props.item.id, { props, element });
    return element;
  };
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
            {phase.items.map((item) =>
              element({ item, done: ticked(item.id), isNow: now.includes(item.id), m, toggle: ctx ? toggle : null }),
            )}
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
