/** Russian plural form for a count: plural(2, ['вопрос', 'вопроса', 'вопросов']) → 'вопроса'. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

/** "вопрос" in the genitive, as after «не больше N»: 1 вопроса, 2 вопросов, 21 вопроса. */
const QUESTIONS_GEN = ['вопроса', 'вопросов', 'вопросов'] as const;

/**
 * The progress line on a question page. `number` is the question's position in this journey (unknown without
 * JavaScript), `left` the most questions still to answer, this one included.
 */
export function progressText(number: number | null, left: number): string {
  const after = left - 1;
  const rest =
    after > 0 ? `до плана ещё не больше ${after} ${plural(after, QUESTIONS_GEN)}` : 'это последний вопрос перед планом';
  if (number === null)
    return after > 0
      ? `До плана не больше ${left} ${plural(left, QUESTIONS_GEN)}, включая этот`
      : 'Последний вопрос перед планом';
  return `Вопрос ${number}: ${rest}`;
}
