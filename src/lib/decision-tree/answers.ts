/**
 * Where the answers lead: the walk from a question through the answers given, the answers that lead to a node,
 * and what changing one answer does to the path. Pure; used by the view and the island.
 */
import { answerForAmount, isAmountQuestion, next, nodeOf, questionOf, type Tree } from './engine';

/** One answered question. */
export interface Step {
  /** Question id. */
  question: string;
  /** Answer id. */
  answer: string;
}

/** Answers by question id. */
export type Answers = ReadonlyMap<string, string>;

/** The amount if it agrees with every amount question answered on the path, else null. */
export function consistentSum(tree: Tree, steps: readonly Step[], sum: number | null): number | null {
  if (sum === null) return null;
  for (const s of steps) {
    const question = questionOf(tree, s.question);
    if (question && isAmountQuestion(question) && answerForAmount(question, sum / 100)?.id !== s.answer) return null;
  }
  return sum;
}

/** Follow the answers from `from` until a question without an answer or an outcome. */
export function walk(tree: Tree, answers: Answers, from: string): { steps: Step[]; end: string } {
  const steps: Step[] = [];
  const seen = new Set<string>();
  let id = from;
  for (;;) {
    const question = questionOf(tree, id);
    const answer = answers.get(id);
    if (!question || answer === undefined || seen.has(id)) return { steps, end: id };
    const to = next(tree, id, answer);
    if (!to) return { steps, end: id };
    seen.add(id);
    steps.push({ question: id, answer });
    id = to;
  }
}

/** How the answers in a URL relate to the node the page shows. */
export interface Located {
  /** "ok": the answers lead to this node; "mismatch": they lead elsewhere (`reached`) or nowhere. */
  status: 'ok' | 'mismatch';
  /** The question the walk starts from: the first question, or where the user joined the tree. */
  entry: string;
  /** The answers that lead to the node, in order. */
  steps: Step[];
  /** For a mismatch: where the answers from the first question do lead, when they lead anywhere. */
  reached?: string | undefined;
}

/**
 * Find the answers that lead to `target`: from the first question, or else from the answered question where the
 * user joined the tree (e.g. from a link on an outcome page) — the longest such walk.
 */
export function locate(tree: Tree, answers: Answers, target: string): Located {
  const fromStart = walk(tree, answers, tree.start);
  const upTo = (steps: Step[]): Step[] | null => {
    const i = steps.findIndex((s) => s.question === target);
    return i >= 0 ? steps.slice(0, i) : null;
  };
  const direct = fromStart.end === target ? fromStart.steps : upTo(fromStart.steps);
  if (direct) return { status: 'ok', entry: tree.start, steps: direct };
  let best: Located | null = null;
  for (const q of answers.keys()) {
    const w = walk(tree, answers, q);
    const steps = w.end === target ? w.steps : upTo(w.steps);
    if (steps && (!best || steps.length > best.steps.length)) best = { status: 'ok', entry: q, steps };
  }
  if (best) return best;
  const reached = fromStart.steps.length ? fromStart.end : undefined;
  return { status: 'mismatch', entry: target, steps: [], reached };
}

/**
 * Answer `question` with `answer` and return the node to show next: the first question on the new path that has
 * no answer yet, or the outcome — so later answers that still apply are reused. `steps` is the path from `entry`;
 * `kept` adds every other answer (off the path now, but remembered should the user change back).
 */
export function choose(
  tree: Tree,
  answers: Answers,
  entry: string,
  question: string,
  answer: string,
): { steps: Step[]; kept: Step[]; node: string } {
  const updated = new Map(answers);
  updated.set(question, answer);
  let result = walk(tree, updated, nodeOf(tree, entry) ? entry : question);
  // A question not on the walk from `entry` (a mismatched URL): start from the question itself.
  if (!result.steps.some((s) => s.question === question)) result = walk(tree, updated, question);
  const onPath = new Set(result.steps.map((s) => s.question));
  const rest = [...updated].filter(([q]) => !onPath.has(q)).map(([q, a]) => ({ question: q, answer: a }));
  return { steps: result.steps, kept: [...result.steps, ...rest], node: result.end };
}
