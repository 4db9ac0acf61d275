/**
 * What happens to an amount typed on an amount question: read by the site's money module with the debt
 * rules (more than 0 ₽), then matched to the answer whose range holds it. Pure; the island shows the result.
 */
import { DEBT, parseMoney, type MoneyError } from '../money/kopecks';
import { answerForAmount, type TreeAnswer, type TreeQuestion } from './engine';

/** A typed amount read: the kopecks and the answer they choose, or the money error code. */
export type TypedAmount = { ok: true; kopecks: number; answer: TreeAnswer } | { ok: false; error: MoneyError };

/** Read `text` typed on `question`; an amount no answer's range holds is "too-large". */
export function readTypedAmount(question: TreeQuestion, text: string): TypedAmount {
  const read = parseMoney(text, DEBT);
  if (!read.ok) return read;
  const answer = answerForAmount(question, read.value / 100);
  return answer ? { ok: true, kopecks: read.value, answer } : { ok: false, error: 'too-large' };
}
