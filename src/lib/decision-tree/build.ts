import type { z } from 'zod';
import { OutcomesFileSchema, QuestionsFileSchema, type Outcome, type Question } from './content-schema';
import type { Tree, TreeQuestion } from './engine';

/** An outcome as stored in the tree. */
export type PlanOutcome = Outcome & { kind: 'outcome' };
/** A question as stored in the tree. */
export type PlanQuestion = Question & TreeQuestion;
/** The real tree: questions and complete action plans. */
export type PlanTree = Tree<PlanOutcome>;

/** Human messages for schema errors, naming the node by id when the data has one. */
function describe(error: z.ZodError, data: unknown, file: string): string {
  return error.issues
    .map((issue) => {
      const [list, index, ...rest] = issue.path;
      const items = (data as Record<string, unknown> | null)?.[String(list)];
      const item =
        Array.isArray(items) && typeof index === 'number' ? (items[index] as { id?: unknown } | undefined) : undefined;
      const where =
        typeof item?.id === 'string'
          ? `узел «${item.id}», поле ${rest.join('.') || '(целиком)'}`
          : issue.path.join('.') || '(файл)';
      return `${file}: ${where}: ${issue.message}`;
    })
    .join('\n');
}

/** Parse the two content files into a tree; throws a message naming the bad node. Graph rules: see content-check.ts. */
export function buildTree(questionsData: unknown, outcomesData: unknown): PlanTree {
  const q = QuestionsFileSchema.safeParse(questionsData);
  if (!q.success) throw new Error(describe(q.error, questionsData, 'questions.json'));
  const o = OutcomesFileSchema.safeParse(outcomesData);
  if (!o.success) throw new Error(describe(o.error, outcomesData, 'outcomes.json'));
  const nodes: Record<string, PlanQuestion | PlanOutcome> = {};
  const add = (node: PlanQuestion | PlanOutcome): void => {
    if (Object.hasOwn(nodes, node.id)) throw new Error(`Дерево решений: id «${node.id}» встречается дважды`);
    nodes[node.id] = node;
  };
  for (const question of q.data.questions) add({ ...question, kind: 'question' });
  for (const outcome of o.data.outcomes) add({ ...outcome, kind: 'outcome' });
  return { start: q.data.start, nodes };
}

/** The island's view of the tree: questions in full, outcomes by id and title only (keeps the page light). */
export function clientTree(tree: PlanTree): Tree {
  const nodes: Tree['nodes'] = Object.fromEntries(
    Object.values(tree.nodes).map((n): [string, Tree['nodes'][string]] =>
      n.kind === 'question'
        ? [
            n.id,
            {
              kind: 'question',
              id: n.id,
              text: n.text,
              ...(n.hint ? { hint: n.hint } : {}),
              answers: n.answers.map((a) => ({
                id: a.id,
                label: a.label,
                next: a.next,
                ...(a.upTo ? { upTo: a.upTo } : {}),
              })),
            },
          ]
        : [n.id, { kind: 'outcome', id: n.id, title: n.title }],
    ),
  );
  return { start: tree.start, nodes };
}

/** Every question of the tree, in file order. */
export function questionsOf(tree: PlanTree): PlanQuestion[] {
  return Object.values(tree.nodes).filter((n): n is PlanQuestion => n.kind === 'question');
}

/** Every outcome of the tree, in file order. */
export function outcomesOf(tree: PlanTree): PlanOutcome[] {
  return Object.values(tree.nodes).filter((n): n is PlanOutcome => n.kind === 'outcome');
}
