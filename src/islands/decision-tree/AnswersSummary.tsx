/** The answers so far with «Изменить» on each, any notice about the link's answers, and «Начать заново». */
import { questionOf, type Tree } from '../../lib/decision-tree/engine';
import { walk } from '../../lib/decision-tree/answers';
import { hrefWith, parseAnswers } from '../../lib/decision-tree/url-state';
import { fill } from '../../lib/format/fill';
import type { TreeMessages } from '../../lib/decision-tree/messages';
import type { View } from '../../lib/decision-tree/view';
import { routes } from '../../lib/site/routes';

interface Props {
  tree: Tree;
  view: View;
  m: TreeMessages;
  /** On a question the answers are in view; on a plan they fold away under one line. */
  folded: boolean;
  /** Handles a click on a link to a tree node (in place on question pages). */
  go: (e: MouseEvent, href: string, node: string) => void;
}

/** What the link's answers could not give: answers leading elsewhere, or some unreadable. */
export function Notice({ tree, view, m }: Omit<Props, 'folded' | 'go'>) {
  if (!view.notice) return null;
  const mismatch = view.notice === 'mismatch';
  return (
    <p class="dt-notice" role="status">
      {mismatch ? m.mismatch : m.dropped}
      {mismatch && view.reached && (
        <a
          href={hrefWith(tree, view.reached, walk(tree, parseAnswers(tree, location.search).answers, tree.start).steps)}
        >
          {m.backToAnswers}
        </a>
      )}
    </p>
  );
}

/** The answers given on the way to this node, each with a link to change it. */
export function AnswersSummary({ tree, view, m, folded, go }: Props) {
  if (view.steps.length === 0) return null;
  const rows = (
    <dl>
      {view.steps.map((s) => {
        const q = questionOf(tree, s.question);
        const href = hrefWith(tree, s.question, view.kept, view.sum);
        return (
          <div class="dt-summary__row" key={s.question}>
            <dt>{q?.text}</dt>
            <dd>
              <span>{q?.answers.find((a) => a.id === s.answer)?.label}</span>{' '}
              <a href={href} data-change={s.question} onClick={(e) => go(e, href, s.question)}>
                {m.change}
                <span class="visually-hidden">{fill(m.changeWhich, { question: q?.text ?? '' })}</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  return folded ? (
    <details class="dt-summary" data-summary>
      <summary>{fill(m.yourAnswersFolded, { n: view.steps.length })}</summary>
      {rows}
    </details>
  ) : (
    <section class="dt-summary" aria-labelledby="dt-summary-title" data-summary>
      <h2 id="dt-summary-title">{m.yourAnswers}</h2>
      {rows}
    </section>
  );
}

/** «Начать заново»: back to the first question, no answers. */
export function Restart({ tree, m, go }: Pick<Props, 'tree' | 'm' | 'go'>) {
  const href = routes.question(tree.start);
  return (
    <p class="dt-restart no-print">
      <a href={href} data-restart onClick={(e) => go(e, href, tree.start)}>
        {m.restart}
      </a>
    </p>
  );
}
