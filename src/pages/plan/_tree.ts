/**
 * The decision tree for the plan pages, checked once per build against the guide: every guide link of an
 * outcome must name an existing page and heading. A bad tree stops the build with messages naming the nodes.
 */
import { guideTargets } from '../../data/guide-pages';
import { TREE } from '../../lib/decision-tree/load';
import type { PlanTree } from '../../lib/decision-tree/build';
import { assertValidTree } from '../../lib/decision-tree/content-check';

let checked: Promise<PlanTree> | undefined;

/** The validated tree (validation runs once per build). */
export function validatedTree(): Promise<PlanTree> {
  checked ??= guideTargets().then((targets) => assertValidTree(TREE, targets));
  return checked;
}

/**
 * getStaticPaths for one kind of tree node (outcomes or questions): one page per node, the node's id as the
 * route parameter `param`, the node itself as the page's `node` prop.
 */
export async function nodePaths<N extends { id: string }>(
  nodesOf: (tree: PlanTree) => readonly N[],
  param: string,
): Promise<{ params: Record<string, string>; props: { node: N } }[]> {
  return nodesOf(await validatedTree()).map((node) => ({ params: { [param]: node.id }, props: { node } }));
}
