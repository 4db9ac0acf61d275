/**
 * The decision tree for the plan pages, checked once per build against the guide: every guide link of an
 * outcome must name an existing page and heading. A bad tree stops the build with messages naming the nodes.
 */
import { getCollection, render } from 'astro:content';
import { TREE } from '../../lib/decision-tree/load';
import type { PlanTree } from '../../lib/decision-tree/build';
import { assertValidTree } from '../../lib/decision-tree/validate';

let checked: Promise<PlanTree> | undefined;

/** Every "/guide/<slug>/" and "/guide/<slug>/#<heading-id>" the site has. */
async function guideTargets(): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const entry of await getCollection('guide')) {
    targets.add(`/guide/${entry.id}/`);
    const { headings } = await render(entry);
    for (const h of headings) targets.add(`/guide/${entry.id}/#${h.slug}`);
  }
  return targets;
}

/** The validated tree (validation runs once per build). */
export function validatedTree(): Promise<PlanTree> {
  checked ??= guideTargets().then((targets) => assertValidTree(TREE, targets));
  return checked;
}
