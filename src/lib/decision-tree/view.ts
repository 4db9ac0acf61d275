/**
 * What the tree's island shows, worked out from the URL, and where each answer leads from there. Pure: the
 * island passes `location.pathname` and `location.search`; table-tested in tests/unit/decision-tree/view.test.ts.
 */
import { answerForAmount, isAmountQuestion, nodeOf, type Tree, type TreeQuestion } from './engine';
import { choose, consistentSum, locate, walk, type Step } from './answers';
import { hrefWith, nodeFromPath, parseAnswers, parseSum } from './url-state';

/** A node, the answers leading to it, all answers kept, the amount, any problem with the URL. */
export interface View {
  /** The node shown. */
  node: string;
  /** The answers that lead to it, in order. */
  steps: Step[];
  /** Every answer the URL holds (also those off the path, remembered should the user change back). */
  kept: Step[];
  /** The question the walk starts from. */
  entry: string;
  /** The exact amount typed, in kopecks, when it agrees with the answers. */
  sum: number | null;
  /** "mismatch": the answers lead elsewhere; "dropped": some could not be read. */
  notice: 'mismatch' | 'dropped' | null;
  /** For a mismatch: where the answers from the first question do lead. */
  reached?: string | undefined;
  /** False for the server-rendered view (no URL known yet). */
  live: boolean;
}

/** The view the server renders: the page's own node, no answers. */
export const initialView = (node: string): View => ({
  node,
  steps: [],
  kept: [],
  entry: node,
  sum: null,
  notice: null,
  live: false,
});

/** The view for a URL: the node its path names (else `fallback`, the page's own node) and its query's answers. */
export function readView(tree: Tree, fallback: string, pathname: string, search: string): View {
  const fromPath = nodeFromPath(pathname);
  const node = fromPath && nodeOf(tree, fromPath) ? fromPath : fallback;
  const { answers, dropped } = parseAnswers(tree, search);
  const found = locate(tree, answers, node);
  const mismatch = found.status === 'mismatch' && answers.size > 0;
  const kept = [...answers].map(([question, answer]) => ({ question, answer }));
  const sum = consistentSum(tree, walk(tree, answers, found.entry).steps, parseSum(search));
  const notice = mismatch ? 'mismatch' : dropped ? 'dropped' : null;
  return { node, steps: found.steps, kept, entry: found.entry, sum, notice, reached: found.reached, live: true };
}

/** Where answering `answerId` on `question` leads from `view`: the node and its URL (the amount kept if it fits). */
export function answerTarget(
  tree: Tree,
  view: View,
  question: TreeQuestion,
  answerId: string,
): { node: string; href: string } {
  const kept = new Map(view.kept.map((s) => [s.question, s.answer]));
  const result = choose(tree, kept, view.entry, question.id, answerId);
  const fits = !isAmountQuestion(question) || (view.sum && answerForAmount(question, view.sum / 100)?.id === answerId);
  return { node: result.node, href: hrefWith(tree, result.node, result.kept, fits ? view.sum : null) };
}

/** Where a typed amount's answer leads: like answerTarget, carrying the new amount. */
export function amountTarget(tree: Tree, view: View, question: TreeQuestion, answerId: string, kopecks: number) {
  const kept = new Map(view.kept.map((s) => [s.question, s.answer]));
  const result = choose(tree, kept, view.entry, question.id, answerId);
  return { node: result.node, href: hrefWith(tree, result.node, result.kept, kopecks) };
}
