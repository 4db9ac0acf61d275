/**
 * The decision tree as a graph, and the pure engine that moves through it. Framework-free: the pages use it
 * at build time and the island in the browser (so it must stay small and import no content).
 */

import { routes } from '../site/routes';

/** An answer as the engine sees it. */
export interface TreeAnswer {
  /** Unique within its question. */
  id: string;
  /** What the user clicks. */
  label: string;
  /** Optional clarification. */
  hint?: string | undefined;
  /** The node it leads to. */
  next?: string | undefined;
  /** Amount answers: the largest debt in rubles it covers; the last answer of an amount question has none. */
  upTo?: number | undefined;
}

/** A question node. */
export interface TreeQuestion {
  /** Discriminant. */
  kind: 'question';
  /** Unique node id. */
  id: string;
  /** The question. */
  text: string;
  /** Optional help. */
  hint?: string | undefined;
  /** Possible answers. */
  answers: readonly TreeAnswer[];
}

/** An outcome node as the engine sees it (content pages carry more). */
export interface TreeOutcome {
  /** Discriminant. */
  kind: 'outcome';
  /** Unique node id. */
  id: string;
  /** The plan's title. */
  title: string;
}

/** The whole tree: the first question and every node by id. */
export interface Tree<O extends TreeOutcome = TreeOutcome> {
  /** Id of the first question. */
  start: string;
  /** Every node by id. */
  nodes: Readonly<Record<string, TreeQuestion | O>>;
}

/** The node with this id, or undefined (never an inherited property such as "constructor"). */
export function nodeOf<O extends TreeOutcome>(tree: Tree<O>, id: string): TreeQuestion | O | undefined {
  return Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
}

/** The question with this id, or undefined when there is none (or it is an outcome). */
export function questionOf(tree: Tree, id: string): TreeQuestion | undefined {
  const node = nodeOf(tree, id);
  return node?.kind === 'question' ? node : undefined;
}

/**
 * The one step through the tree, which every walk takes: the id of the node that answering `answerId` to
 * question `nodeId` leads to, or null when there is no such question, no such answer or no node it leads to.
 */
export function next(tree: Tree, nodeId: string, answerId: string): string | null {
  const to = questionOf(tree, nodeId)?.answers.find((a) => a.id === answerId)?.next;
  return to && nodeOf(tree, to) ? to : null;
}

/** URL of a node's page (under the deploy base): a question's or an outcome's, with an optional query. */
export function pageOf(tree: Tree, id: string, query?: string): string {
  return nodeOf(tree, id)?.kind === 'question' ? routes.question(id, query) : routes.outcome(id, query);
}

/**
 * The largest number of questions still to answer from node `id` (itself included) before an outcome.
 * Assumes a validated (acyclic) tree; unknown ids count as 0.
 */
export function questionsLeft(tree: Tree, id: string, memo = new Map<string, number>()): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const node = nodeOf(tree, id);
  memo.set(id, 0); // guards against a cycle in an unvalidated tree
  let result = 0;
  if (node?.kind === 'question') {
    result = 1 + Math.max(0, ...node.answers.map((a) => (a.next ? questionsLeft(tree, a.next, memo) : 0)));
  }
  memo.set(id, result);
  return result;
}

/** Whether a question asks for an amount (its answers are ranges of rubles). */
export function isAmountQuestion(question: TreeQuestion): boolean {
  return question.answers.some((a) => a.upTo !== undefined);
}

/** The answer of an amount question whose range holds `rubles` (ranges are checked by the validator). */
export function answerForAmount(question: TreeQuestion, rubles: number): TreeAnswer | undefined {
  if (!isAmountQuestion(question) || !Number.isFinite(rubles) || rubles <= 0) return undefined;
  return question.answers.find((a) => a.upTo === undefined || rubles <= a.upTo);
}
