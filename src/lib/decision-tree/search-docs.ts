import type { SearchDoc } from '../search/doc';
import { outcomesOf, type PlanTree } from './build';
import { routes } from '../site/routes';

/** One search document per outcome of the tree (contract: kind "outcome", url /plan/<id>/). */
export function outcomeSearchDocs(tree: PlanTree): SearchDoc[] {
  return outcomesOf(tree).map((o) => ({
    id: `outcome:${o.id}`,
    kind: 'outcome',
    url: routes.outcome(o.id),
    title: o.title,
    context: 'План действий',
    text: [
      o.summary,
      ...o.steps.map((s) => `${s.title}. ${s.text}`),
      ...o.documents,
      ...o.legal.map((l) => l.text),
    ].join(' '),
    keywords: o.keywords,
  }));
}
