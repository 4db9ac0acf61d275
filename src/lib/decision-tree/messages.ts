/**
 * The decision tree's Russian text. The pages hand it to the island as a prop (as the checklist's pages do),
 * so the words travel in the HTML and not in the island's JavaScript.
 */
import { MONEY_MESSAGES } from '../money/messages';

/** Every text the tree's island shows. `{…}` marks a value filled in with `fill`. */
export const TREE_MESSAGES = {
  /** What a refused typed amount says, by money error code (the money module's, as in every tool). */
  amountErrors: MONEY_MESSAGES,
  mismatch: 'Ответы из ссылки ведут не сюда, поэтому мы их не учитываем. ',
  dropped: 'Часть ответов в ссылке не распознана — мы её пропустили. ',
  backToAnswers: 'Вернуться к своим ответам',
  yourAnswers: 'Ваши ответы',
  yourAnswersFolded: 'Ваши ответы ({n}) — посмотреть или изменить',
  change: 'Изменить',
  changeWhich: ' ответ на вопрос «{question}»',
  restart: 'Начать заново',
  back: '← Назад',
  backWhere: ' к предыдущему вопросу',
  previousAnswer: ' — ваш прежний ответ',
  amountLabel: 'Или введите точную сумму, ₽',
  amountHint: 'Мы выберем вариант сами и подставим сумму в калькулятор.',
  amountSubmit: 'Дальше',
  /** The progress line: position known (with JavaScript) or not, more questions to come or the last one. */
  progressAt: 'Вопрос {n}: до плана ещё не больше {left}',
  progressAtLast: 'Вопрос {n}: это последний вопрос перед планом',
  progressUpTo: 'До плана не больше {left}, включая этот',
  progressLast: 'Последний вопрос перед планом',
  /** «вопрос» in the genitive, as after «не больше N»: 1 вопроса, 2 вопросов, 21 вопроса. */
  questionsGenitive: ['вопроса', 'вопросов', 'вопросов'],
} as const;

/** The shape of the tree's texts. */
export type TreeMessages = typeof TREE_MESSAGES;

/** The tree's start page with a saved case (ResumeCase): the words before the link to where the case stands. */
export const RESUME_MESSAGES = {
  lead: 'Продолжить с того, где вы остановились:',
  /** Before the case's client, when it has one: «Дело: ООО «Ромашка»». */
  client: 'Дело:',
} as const;
