/**
 * The decision tree, enhanced: on question pages it answers in place (history.pushState, so the URL always
 * names the question and the answers so far and back/forward work), shows the answers with «Изменить», progress
 * and «Начать заново», and moves focus to each new question. On outcome pages it shows the answers that led there.
 * Without JavaScript the server-rendered question (plain links) works on its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { nodeOf, questionOf, questionsLeft, type Tree } from '../lib/decision-tree/engine';
import { choose, hrefWith, locate, nodeFromPath, parseAnswers, walk, type Step } from '../lib/decision-tree/state';
import { progressText } from '../lib/decision-tree/progress';
import { pageTitle } from '../lib/site/nav';

interface Props {
  /** The tree (questions, outcome titles). */
  tree: Tree;
  /** The node this page was built for. */
  node: string;
  /** Whether the page is a question or an outcome. */
  kind: 'question' | 'outcome';
}

/** What the island shows: a node, the answers leading to it, all answers kept, and any problem with the URL. */
interface View {
  node: string;
  steps: Step[];
  kept: Step[];
  entry: string;
  notice: 'mismatch' | 'dropped' | null;
  reached?: string | undefined;
  live: boolean;
}

/** The view the server renders: the page's own node, no answers. */
const initial = (node: string): View => ({ node, steps: [], kept: [], entry: node, notice: null, live: false });

/** The view for the current URL. */
function read(tree: Tree, fallback: string): View {
  const fromPath = nodeFromPath(location.pathname);
  const node = fromPath && nodeOf(tree, fromPath) ? fromPath : fallback;
  const { answers, dropped } = parseAnswers(tree, location.search);
  const found = locate(tree, answers, node);
  const mismatch = found.status === 'mismatch' && answers.size > 0;
  const kept = [...answers].map(([question, answer]) => ({ question, answer }));
  const notice = mismatch ? 'mismatch' : dropped ? 'dropped' : null;
  return { node, steps: found.steps, kept, entry: found.entry, notice, reached: found.reached, live: true };
}

/** A plain left click that the island may handle in place. */
const plainClick = (e: MouseEvent): boolean => !(e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

export default function DecisionTree({ tree, node, kind }: Props) {
  const [view, setView] = useState<View>(() => initial(node));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    setView(read(tree, node));
    const onPop = (): void => {
      moved.current = true;
      setView(read(tree, node));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const question = kind === 'question' ? questionOf(tree, view.node) : undefined;

  useEffect(() => {
    if (!question || !view.live) return;
    document.title = pageTitle(question.text);
    document.getElementById('content')?.setAttribute('data-node', question.id);
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [view]);

  /** Go to a URL: in place for a question, by loading the page for an outcome. */
  const go = (e: MouseEvent, url: string, target: string): void => {
    if (!plainClick(e) || kind !== 'question') return;
    e.preventDefault();
    if (questionOf(tree, target)) {
      history.pushState(null, '', url);
      moved.current = true;
      setView(read(tree, node));
    } else location.assign(url);
  };

  const keptAnswers = (): Map<string, string> => new Map(view.kept.map((s) => [s.question, s.answer]));
  const notice = view.notice && (
    <p class="dt-notice" role="status">
      {view.notice === 'mismatch' ? 'Ответы из ссылки ведут не сюда, поэтому мы их не учитываем. ' : 'Часть ответов в ссылке не распознана — мы её пропустили. '}
      {view.notice === 'mismatch' && view.reached && (
        <a href={hrefWith(tree, view.reached, walk(tree, parseAnswers(tree, location.search).answers, tree.start).steps)}>Вернуться к своим ответам</a>
      )}
    </p>
  );
  const rows = view.steps.length > 0 && (
    <dl>
      {view.steps.map((s) => {
        const q = questionOf(tree, s.question);
        const label = q?.answers.find((a) => a.id === s.answer)?.label;
        const href = hrefWith(tree, s.question, view.kept);
        return (
          <div class="dt-summary__row" key={s.question}>
            <dt>{q?.text}</dt>
            <dd>
              <span>{label}</span>{' '}
              <a href={href} data-change={s.question} onClick={(e) => go(e, href, s.question)}>
                Изменить<span class="visually-hidden"> ответ на вопрос «{q?.text}»</span>
              </a>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  // On a question the answers so far are in view; on a plan they fold away under one line.
  const summary =
    rows &&
    (kind === 'question' ? (
      <section class="dt-summary" aria-labelledby="dt-summary-title" data-summary>
        <h2 id="dt-summary-title">Ваши ответы</h2>
        {rows}
      </section>
    ) : (
      <details class="dt-summary" data-summary>
        <summary>Ваши ответы ({view.steps.length}) — посмотреть или изменить</summary>
        {rows}
      </details>
    ));
  const restartHref = `/plan/q/${tree.start}/`;
  const restart = (
    <p class="dt-restart no-print">
      <a href={restartHref} data-restart onClick={(e) => go(e, restartHref, tree.start)}>
        Начать заново
      </a>
    </p>
  );

  if (kind === 'outcome') {
    if (!view.live) return null;
    return (
      <div class="dt-outcome-answers">
        {notice}
        {summary}
        {(summary || notice) && restart}
      </div>
    );
  }
  if (!question) return null;
  const current = keptAnswers().get(question.id);
  const left = questionsLeft(tree, question.id);
  const total = view.steps.length + left;
  return (
    <div class="dt">
      {notice}
      <p class="dt-progress" id="dt-progress">
        {progressText(view.live ? view.steps.length + 1 : null, left)}
      </p>
      {view.live && <progress class="dt-bar" value={view.steps.length} max={total} aria-labelledby="dt-progress" />}
      <h1 ref={heading} tabIndex={-1}>
        {question.text}
      </h1>
      {question.hint && <p class="dt-hint">{question.hint}</p>}
      <ul class="dt-answers">
        {question.answers.map((a) => {
          const result = choose(tree, keptAnswers(), view.entry, question.id, a.id);
          const href = hrefWith(tree, result.node, result.kept);
          return (
            <li key={a.id}>
              <a class="dt-answer" href={href} data-answer={a.id} aria-current={current === a.id ? 'true' : undefined} onClick={(e) => go(e, href, result.node)}>
                {a.label}
                {current === a.id && <span class="dt-answer__mark"> — ваш прежний ответ</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {summary}
      {restart}
    </div>
  );
}
