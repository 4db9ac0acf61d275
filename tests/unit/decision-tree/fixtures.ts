import type { Tree, TreeQuestion } from '../../../src/lib/decision-tree/engine';
import type { ValidatedOutcome } from '../../../src/lib/decision-tree/content-check';

/** A question node for tests: answers as [id, next] pairs. */
export function q(id: string, ...answers: [string, string | undefined][]): TreeQuestion {
  return {
    kind: 'question',
    id,
    text: `Вопрос ${id}?`,
    answers: answers.map(([a, next]) => ({ id: a, label: a, next })),
  };
}

/** An outcome node for tests. */
export function o(id: string, guide: string[] = ['/guide/a/'], fallback?: string): ValidatedOutcome {
  return {
    kind: 'outcome',
    id,
    title: `Итог ${id}`,
    guide: guide.map((href) => ({ href })),
    fallback: fallback ? { node: fallback } : undefined,
  };
}

/** A tree from a list of nodes; the first one is the start. */
export function treeOf(...nodes: (TreeQuestion | ValidatedOutcome)[]): Tree<ValidatedOutcome> {
  return { start: nodes[0]?.id ?? 'none', nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) };
}

/**
 * A small valid tree:
 *   r ─x→ s ─y→ O1          r ─w→ t ─y→ O2
 *         └─n→ t                  └─n→ O3
 */
export const SMALL = treeOf(
  q('r', ['x', 's'], ['w', 't']),
  q('s', ['y', 'o1'], ['n', 't']),
  q('t', ['y', 'o2'], ['n', 'o3']),
  o('o1'),
  o('o2'),
  o('o3', ['/guide/a/#раздел'], 't'),
);

/** Guide targets that exist in the tests. */
export const GUIDE = new Set(['/guide/a/', '/guide/a/#раздел']);
