/**
 * The decision tree, enhanced: on question pages it answers in place (history.pushState, so the URL always
 * names the question and the answers so far and back/forward work), shows the answers with «Изменить», progress
 * and «Начать заново», takes an exact amount on amount questions, and moves focus to each new question. On
 * outcome pages it shows the answers that led there, pre-fills the calculator form with the amount and gives the
 * claim calculator's link the amount and the debtor.
 * Without JavaScript the server-rendered question (plain links) works on its own. The logic is in
 * src/lib/decision-tree/ (view.ts, answers.ts, url-state.ts); the words come from its messages.ts as a prop.
 */
import { useEffect } from 'preact/hooks';
import { isAmountQuestion, questionOf, questionsLeft, type Tree } from '../../lib/decision-tree/engine';
import { answerTarget } from '../../lib/decision-tree/view';
import { hrefWith } from '../../lib/decision-tree/url-state';
import { claimQuery } from '../../lib/decision-tree/links';
import { progressText } from '../../lib/decision-tree/progress';
import type { TreeMessages } from '../../lib/decision-tree/messages';
import { formatField } from '../../lib/money/kopecks';
import { pageTitle } from '../../lib/site/title';
import { AmountForm } from './AmountForm';
import { AnswersSummary, Notice, Restart } from './AnswersSummary';
import { plainClick, remember, useTreeHistory } from './use-tree-history';

interface Props {
  /** The tree (questions, outcome titles). */
  tree: Tree;
  /** The node this page was built for. */
  node: string;
  /** Whether the page is a question or an outcome. */
  kind: 'question' | 'outcome';
  /** The tree's texts (src/lib/decision-tree/messages.ts), passed by the page. */
  m: TreeMessages;
}

/** Plain clicks on links to other tree pages (plain links on a plan, not answered in place) mark the next page. */
function onLinkClick(e: MouseEvent): void {
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (link instanceof HTMLAnchorElement && plainClick(e)) remember(link.href);
}

export default function DecisionTree({ tree, node, kind, m }: Props) {
  const { view, heading, navigate } = useTreeHistory(tree, node, kind);
  const question = kind === 'question' ? questionOf(tree, view.node) : undefined;

  useEffect(() => {
    const main = document.getElementById('content');
    main?.addEventListener('click', onLinkClick);
    return () => main?.removeEventListener('click', onLinkClick);
  }, []);

  useEffect(() => {
    if (!view.live) return;
    const field = document.querySelector<HTMLInputElement>('[data-amount]');
    if (kind === 'outcome' && view.sum && field && !field.value) field.value = formatField(view.sum);
    const claim = document.querySelector<HTMLAnchorElement>('[data-claim]');
    if (claim) claim.search = claimQuery(view.steps, view.sum);
    if (!question) return;
    document.title = pageTitle(question.text);
    document.getElementById('content')?.setAttribute('data-node', question.id);
  }, [view]);

  const go = (e: MouseEvent, url: string, target: string): void => {
    if (!plainClick(e) || kind !== 'question') return;
    e.preventDefault();
    navigate(url, target);
  };
  const shared = { tree, view, m };

  if (kind === 'outcome') {
    if (!view.live || (!view.notice && !view.steps.length)) return null;
    return (
      <div class="dt-outcome-answers">
        <Notice {...shared} />
        <AnswersSummary {...shared} folded go={go} />
        <Restart tree={tree} m={m} go={go} />
      </div>
    );
  }
  if (!question) return null;
  const current = new Map(view.kept.map((s) => [s.question, s.answer])).get(question.id);
  const left = questionsLeft(tree, question.id);
  const previous = view.steps.at(-1)?.question;
  const back = previous && hrefWith(tree, previous, view.kept, view.sum);
  return (
    <div class="dt">
      <Notice {...shared} />
      {previous && back && (
        <p class="dt-back no-print">
          <a href={back} data-back onClick={(e) => go(e, back, previous)}>
            {m.back}
            <span class="visually-hidden">{m.backWhere}</span>
          </a>
        </p>
      )}
      <p class="dt-progress" id="dt-progress">
        {progressText(view.live ? view.steps.length + 1 : null, left, m)}
      </p>
      {view.live && (
        <progress
          class="dt-bar"
          value={view.steps.length}
          max={view.steps.length + left}
          aria-labelledby="dt-progress"
        />
      )}
      <h1 ref={heading} tabIndex={-1}>
        {question.text}
      </h1>
      {question.hint && <p class="dt-hint">{question.hint}</p>}
      <ul class="dt-answers">
        {question.answers.map((a) => {
          const to = answerTarget(tree, view, question, a.id);
          return (
            <li key={a.id}>
              <a
                class="dt-answer"
                href={to.href}
                data-answer={a.id}
                aria-current={current === a.id ? 'true' : undefined}
                onClick={(e) => go(e, to.href, to.node)}
              >
                {a.label}
                {current === a.id && <span class="dt-answer__mark">{m.previousAnswer}</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {view.live && isAmountQuestion(question) && (
        <AmountForm key={question.id} tree={tree} view={view} question={question} m={m} navigate={navigate} />
      )}
      <AnswersSummary {...shared} folded={false} go={go} />
      <Restart tree={tree} m={m} go={go} />
    </div>
  );
}
