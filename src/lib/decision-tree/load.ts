/** The real tree from content/decision-tree/ (parsed, not yet checked against the guide: see the plan pages). */
import questions from '../../../content/decision-tree/questions.json';
import outcomes from '../../../content/decision-tree/outcomes.json';
import { buildTree, type PlanTree } from './build';

/** The site's decision tree. */
export const TREE: PlanTree = buildTree(questions, outcomes);
