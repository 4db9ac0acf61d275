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
