/**
 * The URLs the tree's start page offers to continue a case with (resume.ts picks one): built once per page from
 * the tree, so the island needs no tree.
 */
import { next, type Tree } from './engine';
import { hrefWith } from './url-state';
import type { Step } from './answers';
import { STAGE_ITSELF, STAGE_QUESTION } from './resume';

/** The way to the stage question: the first question's answer that leads there. */
const TO_STAGE: readonly Step[] = [{ question: 'reason', answer: 'won' }];

/**
 * The URL of every target (built once per page from the tree): the stage question with the first answer given,
 * and for each of its answers the node it leads to, carrying both answers — so the page shows the summary,
 * «Назад» and «Изменить» as if the user had clicked through.
 */
export function resumeTargets(tree: Tree): Record<string, string> {
  const stage = tree.nodes[STAGE_QUESTION];
  const targets: Record<string, string> = { [STAGE_ITSELF]: hrefWith(tree, STAGE_QUESTION, TO_STAGE) };
  if (stage?.kind !== 'question') return targets;
  for (const a of stage.answers) {
    const to = next(tree, STAGE_QUESTION, a.id);
    if (to) targets[a.id] = hrefWith(tree, to, [...TO_STAGE, { question: STAGE_QUESTION, answer: a.id }]);
  }
  return targets;
}
