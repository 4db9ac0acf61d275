/**
 * The decision tree, enhanced: on question pages it answers in place (history.pushState, so the URL always
 * names the question and the answers so far and back/forward work), shows the answers with «Изменить», progress
 * and «Начать заново», takes an exact amount on amount questions, and moves focus to each new question. On
 * outcome pages it shows the answers that led there and pre-fills the calculator form with the amount.
 * Without JavaScript the server-rendered question (plain links) works on its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  answerForAmount,
  isAmountQuestion,
  nodeOf,
  questionOf,
  questionsLeft,
  type Tree,
} from '../lib/decision-tree/engine';
import {
  choose,
  consistentSum,
  hrefWith,
  locate,
  nodeFromPath,
  parseAnswers,
  parseSum,
  walk,
  type Step,
} from '../lib/decision-tree/state';
import { kopecksToInput, kopecksToParam, readAmount, type AmountError } from '../lib/decision-tree/amount';
import { FOCUS_KEY, focusTarget, shouldFocus } from '../lib/decision-tree/focus';
import { progressText } from '../lib/decision-tree/progress';
import { pageTitle } from '../lib/site/nav';

interface Props {
  /** The tree (questions, outcome titles). */
  tree: Tree;
  /** The node this page was built for. */
  node: string;
  /** Whether the page is a question or an outcome. */
  kind: 'question' | 'outcome';
  /** On question pages: what to say for each reason a typed amount is refused (HTML props, not JavaScript). */
  amountErrors?: Readonly<Record<AmountError, string>> | undefined;
}

/** What the island shows: a node, the answers leading to it, all answers kept, the amount, any URL problem. */
interface View {
  node: string;
  steps: Step[];
  kept: Step[];
  entry: string;
  sum: number | null;
  notice: 'mismatch' | 'dropped' | null;
  reached?: string | undefined;
  live: boolean;
}

/** The view the server renders: the page's own node, no answers. */
const initial = (node: string): View => ({
  node,
  steps: [],
  kept: [],
  entry: node,
  sum: null,
  notice: null,
  live: false,
});

/** The view for the current URL. */
function read(tree: Tree, fallback: string): View {
  const fromPath = nodeFromPath(location.pathname);
  const node = fromPath && nodeOf(tree, fromPath) ? fromPath : fallback;
  const { answers, dropped } = parseAnswers(tree, location.search);
  const found = locate(tree, answers, node);
  const mismatch = found.status === 'mismatch' && answers.size > 0;
  const kept = [...answers].map(([question, answer]) => ({ question, answer }));
  const sum = consistentSum(tree, walk(tree, answers, found.entry).steps, parseSum(location.search));
  const notice = mismatch ? 'mismatch' : dropped ? 'dropped' : null;
  return { node, steps: found.steps, kept, entry: found.entry, sum, notice, reached: found.reached, live: true };
}

/** A plain left click that the island may handle in place. */
const plainClick = (e: MouseEvent): boolean =>
  !(e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

/** Before loading another tree page: remember it, so that page moves focus to its heading. */
function remember(href: string): void {
  const target = focusTarget(href, location.href);
  try {
    if (target) sessionStorage.setItem(FOCUS_KEY, target);
  } catch {
    // Storage off: the next page keeps the browser's default focus.
  }
}

/** Whether this page was loaded by the tree (and should focus its heading); forgets the mark either way. */
function arrivedFromTree(): boolean {
  try {
    const stored = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
    return shouldFocus(stored, location.pathname);
  } catch {
    return false;
  }
}

/** On a plan: send the calculator the plain amount (`amount=600000`), not the grouped "600 000" on screen. */
function onCalculatorSubmit(e: SubmitEvent): void {
  const field = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('[data-amount]');
  const amount = field && readAmount(field.value);
  if (field && amount?.ok) field.value = kopecksToParam(amount.value);
}

/** Plain clicks on links to other tree pages (plain links on a plan, not answered in place) mark the next page. */
function onLinkClick(e: MouseEvent): void {
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (link instanceof HTMLAnchorElement && plainClick(e)) remember(link.href);
}

export default function DecisionTree({ tree, node, kind, amountErrors }: Props) {
  const [view, setView] = useState<View>(() => initial(node));
  const [amountError, setAmountError] = useState<AmountError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const first = read(tree, node);
    const arrived = arrivedFromTree();
    if (kind === 'question') moved.current = arrived;
    else if (arrived) document.querySelector<HTMLElement>('main h1')?.focus();
    setView(first);
    const field = document.querySelector<HTMLInputElement>('[data-amount]');
    const form = field?.form;
    if (kind === 'outcome' && first.sum && field && !field.value) field.value = kopecksToInput(first.sum);
    const main = document.getElementById('content');
    const onPop = (): void => {
      moved.current = true;
      setView(read(tree, node));
    };
    addEventListener('popstate', onPop);
    main?.addEventListener('click', onLinkClick);
    form?.addEventListener('submit', onCalculatorSubmit);
    return () => {
      removeEventListener('popstate', onPop);
      main?.removeEventListener('click', onLinkClick);
      form?.removeEventListener('submit', onCalculatorSubmit);
    };
  }, []);

  const question = kind === 'question' ? questionOf(tree, view.node) : undefined;

  useEffect(() => {
    if (!question || !view.live) return;
    document.title = pageTitle(question.text);
    document.getElementById('content')?.setAttribute('data-node', question.id);
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [view]);

  /** Show a node: in place for a question, by loading the page for an outcome. */
  const navigate = (url: string, target: string): void => {
    if (!questionOf(tree, target)) {
      remember(url);
      return location.assign(url);
    }
    history.pushState(null, '', url);
    moved.current = true;
    setAmountError(null);
    setView(read(tree, node));
  };
  const go = (e: MouseEvent, url: string, target: string): void => {
    if (!plainClick(e) || kind !== 'question') return;
    e.preventDefault();
    navigate(url, target);
  };

  const keptAnswers = (): Map<string, string> => new Map(view.kept.map((s) => [s.question, s.answer]));
  const notice = view.notice && (
    <p class="dt-notice" role="status">
      {view.notice === 'mismatch'
        ? 'Ответы из ссылки ведут не сюда, поэтому мы их не учитываем. '
        : 'Часть ответов в ссылке не распознана — мы её пропустили. '}
      {view.notice === 'mismatch' && view.reached && (
        <a
          href={hrefWith(tree, view.reached, walk(tree, parseAnswers(tree, location.search).answers, tree.start).steps)}
        >
          Вернуться к своим ответам
        </a>
      )}
    </p>
  );
  const rows = view.steps.length > 0 && (
    <dl>
      {view.steps.map((s) => {
        const q = questionOf(tree, s.question);
        const label = q?.answers.find((a) => a.id === s.answer)?.label;
        const href = hrefWith(tree, s.question, view.kept, view.sum);
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
  const amountQuestion = isAmountQuestion(question);
  /** Where an answer leads, keeping the amount only when it falls in the answer's range. */
  const target = (answerId: string) => {
    const result = choose(tree, keptAnswers(), view.entry, question.id, answerId);
    const sum =
      !amountQuestion || (view.sum && answerForAmount(question, view.sum / 100)?.id === answerId) ? view.sum : null;
    return { node: result.node, href: hrefWith(tree, result.node, result.kept, sum) };
  };
  const onAmount = (e: Event): void => {
    e.preventDefault();
    const field = (e.currentTarget as HTMLFormElement).elements.namedItem('sum') as HTMLInputElement;
    const amount = readAmount(field.value);
    if (!amount.ok) return setAmountError(amount.error);
    const answer = answerForAmount(question, amount.value / 100);
    if (!answer) return setAmountError('too-large');
    const result = choose(tree, keptAnswers(), view.entry, question.id, answer.id);
    navigate(hrefWith(tree, result.node, result.kept, amount.value), result.node);
  };
  const previous = view.steps.at(-1)?.question;
  const backHref = previous && hrefWith(tree, previous, view.kept, view.sum);
  return (
    <div class="dt">
      {notice}
      {previous && backHref && (
        <p class="dt-back no-print">
          <a href={backHref} data-back onClick={(e) => go(e, backHref, previous)}>
            ← Назад<span class="visually-hidden"> к предыдущему вопросу</span>
          </a>
        </p>
      )}
      <p class="dt-progress" id="dt-progress">
        {progressText(view.live ? view.steps.length + 1 : null, left)}
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
          const to = target(a.id);
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
                {current === a.id && <span class="dt-answer__mark"> — ваш прежний ответ</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {view.live && amountQuestion && (
        <form class="dt-amount" onSubmit={onAmount} noValidate key={question.id}>
          <label for="dt-amount">Или введите точную сумму, ₽</label>
          <p class="dt-hint" id="dt-amount-hint">
            Мы выберем вариант сами и подставим сумму в калькулятор.
          </p>
          <div class="plan-calc__row">
            <input
              id="dt-amount"
              name="sum"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={view.sum ? kopecksToInput(view.sum) : ''}
              aria-describedby={amountError ? 'dt-amount-hint dt-amount-error' : 'dt-amount-hint'}
              aria-invalid={amountError ? 'true' : undefined}
            />
            <button class="button" type="submit">
              Дальше
            </button>
          </div>
          {amountError && (
            <p class="dt-error" id="dt-amount-error" role="alert" data-error={amountError}>
              {amountErrors?.[amountError]}
            </p>
          )}
        </form>
      )}
      {summary}
      {restart}
    </div>
  );
}
