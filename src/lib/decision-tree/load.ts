/** The real tree from content/decision-tree/ (parsed, not yet checked against the guide: see the plan pages). */
import questions from '../../../content/decision-tree/questions.json';
import outcomes from '../../../content/decision-tree/outcomes.json';
import { typographContent } from '../typography/typograph';
import { buildTree, type PlanTree } from './build';

/** The site's decision tree, its text typographed at build time (docs/decisions/060). */
export const TREE: PlanTree = buildTree(typographContent(questions), typographContent(outcomes));
