import type { DocId } from '../documents/catalog';
import { nodeOf, type Tree, type TreeOutcome } from './engine';

/** What the validator needs to know about an outcome beyond the engine's view. */
export interface ValidatedOutcome extends TreeOutcome {
  /** Guide links: "/guide/<slug>/" or "/guide/<slug>/#<heading-id>". */
  guide: readonly { href: string }[];
  /** A question to continue from when the plan does not work. */
  fallback?: { node: string } | undefined;
  /** The plan's steps (checked for "count the interest" and for the documents they name). */
  steps?: readonly PlanStepText[];
  /** Whether the plan links the claim calculator. */
  claim?: boolean;
}

/** Words of a step that tells the user to count interest or a penalty («проценты», «процентов», «неустойка»). */
const INTEREST_WORDS = /процент(?:ы|ов|ами)|неустойк/i;

/** Whether a plan's steps speak of the interest or penalty to claim: such a plan must link the claim calculator. */
export function speaksOfInterest(steps: readonly { title: string; text: string }[]): boolean {
  return steps.some((s) => INTEREST_WORDS.test(`${s.title} ${s.text}`));
}

/** What the checks read of a plan's step: its words and the documents it links. */
interface PlanStepText {
  title: string;
  text: string;
  /** The documents (/documents/?doc=…) the step links. */
  docs?: readonly DocId[] | undefined;
}

/**
 * The words that name each document in a step's title or text, in any case form: «претензию», «акт сверки»,
 * «заявление о выдаче судебного приказа». «Претензий» (plural) is left out: a plan says «замечания» for a
 * client's complaints and «претензия» only for the letter. The installment agreement is also named by
 * «оформите рассрочку письменно».
 */
const DOC_WORDS: Record<DocId, RegExp> = {
  reminder: /письменн\p{L}* напоминани|напоминани\p{L}* об оплате/iu,
  claim: /претензи(?!й)/iu,
  installment:
    /соглашени\p{L}* о рассрочке|письменн\p{L}* соглашени|оформ\p{L}*[^.:]{0,20}рассрочк|рассрочк\p{L}*[^.:]{0,15}оформ/iu,
  guarantee: /гарантийн\p{L}* письм/iu,
  reconciliation: /акт\p{L}* сверки/iu,
  'court-order': /заявлени\p{L}* о (?:выдаче )?судебно\p{L}* приказ/iu,
  lawsuit: /исков\p{L}* заявлени|подайте иск/iu,
  'writ-request': /заявлени\p{L}* о выдаче исполнительн|получите исполнительн\p{L}* лист/iu,
  bank: /заявлени\p{L}* в банк|предъявите[^.]{0,40}в банк/iu,
  fssp: /заявлени\p{L}* о возбуждении исполнительн|предъявите[^.]{0,40}(?:пристав|ФССП)/iu,
};

/** The documents a step names in its title or text, in the documents' order. */
export function documentsNamed(step: { title: string; text: string }): DocId[] {
  const words = `${step.title} ${step.text}`;
  return (Object.keys(DOC_WORDS) as DocId[]).filter((id) => DOC_WORDS[id].test(words));
}

/** Problems of a plan's steps: a document named but not linked, or linked but not named. */
function checkStepDocs(id: string, steps: readonly PlanStepText[]): string[] {
  return steps.flatMap((step, i) => {
    const named = documentsNamed(step);
    const linked = step.docs ?? [];
    return [
      ...named
        .filter((d) => !linked.includes(d))
        .map((d) => `Итог «${id}», шаг ${i + 1}: шаг называет документ «${d}» — нужна ссылка (docs: ["${d}"])`),
      ...linked
        .filter((d) => !named.includes(d))
        .map((d) => `Итог «${id}», шаг ${i + 1}: ссылка на документ «${d}», а шаг его не называет`),
    ];
  });
}

/** Outcome ids that would clash with other pages under /plan/. */
const RESERVED_IDS: readonly string[] = ['q', 'vse-varianty'];

/**
 * Every problem with a tree, each naming its node: unknown node ids, questions with fewer than two answers,
 * answers that lead nowhere, loops, unreachable nodes, guide links to pages or sections that do not exist,
 * plans that speak of interest or a penalty without the claim calculator's link, steps that name a document
 * without linking it (or link one they do not name).
 * `guideTargets` holds every existing "/guide/<slug>/" and "/guide/<slug>/#<id>".
 */
export function validateTree(tree: Tree<ValidatedOutcome>, guideTargets: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = Object.keys(tree.nodes);
  if (!nodeOf(tree, tree.start)) problems.push(`Первый вопрос «${tree.start}» не найден среди узлов`);
  else if (nodeOf(tree, tree.start)?.kind !== 'question')
    problems.push(`Первый узел «${tree.start}» должен быть вопросом`);

  for (const id of ids) {
    const node = tree.nodes[id];
    if (!node) continue;
    if (node.id !== id) problems.push(`Узел «${id}» записан под чужим id «${node.id}»`);
    if (node.kind === 'question') {
      if (node.answers.length < 2)
        problems.push(`Вопрос «${id}»: нужно не меньше двух ответов, а их ${node.answers.length}`);
      const seen = new Set<string>();
      for (const a of node.answers) {
        if (seen.has(a.id)) problems.push(`Вопрос «${id}»: ответ «${a.id}» повторяется`);
        seen.add(a.id);
        if (!a.next) problems.push(`Вопрос «${id}»: ответ «${a.id}» никуда не ведёт (нет next)`);
        else if (!nodeOf(tree, a.next))
          problems.push(`Вопрос «${id}»: ответ «${a.id}» ведёт к неизвестному узлу «${a.next}»`);
      }
      if (node.answers.some((a) => a.upTo !== undefined)) problems.push(...checkRanges(id, node.answers));
    } else {
      if (RESERVED_IDS.includes(id)) problems.push(`Итог «${id}»: этот id занят другой страницей /plan/${id}/`);
      for (const link of node.guide) {
        if (!guideTargets.has(link.href))
          problems.push(`Итог «${id}»: ссылка на гайд «${link.href}» — нет такой страницы или раздела`);
      }
      if (node.steps && speaksOfInterest(node.steps) && !node.claim)
        problems.push(`Итог «${id}»: план говорит о процентах или неустойке — нужна ссылка на расчёт (claim: true)`);
      if (node.steps) problems.push(...checkStepDocs(id, node.steps));
      if (node.fallback && nodeOf(tree, node.fallback.node)?.kind !== 'question') {
        problems.push(`Итог «${id}»: fallback ведёт к «${node.fallback.node}», а это не вопрос`);
      }
    }
  }

  problems.push(...findLoops(tree));
  const reachable = reachableFrom(tree, tree.start);
  for (const id of ids) if (!reachable.has(id)) problems.push(`Узел «${id}» недостижим из первого вопроса`);
  return problems;
}

/** An amount question's answers must be ascending ranges: each but the last with a larger `upTo`, the last open. */
function checkRanges(id: string, answers: readonly { id: string; upTo?: number | undefined }[]): string[] {
  const limits = answers.map((a) => a.upTo);
  const last = limits.at(-1);
  const body = limits.slice(0, -1);
  const ascending = body.every((n, i) => n !== undefined && (i === 0 || n > (body[i - 1] ?? 0)));
  return last === undefined && ascending
    ? []
    : [`Вопрос «${id}»: суммы в ответах (upTo) должны расти, а у последнего ответа upTo не нужен`];
}

/** Nodes reachable from `start` by following answers. */
function reachableFrom(tree: Tree, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop() as string;
    const node = nodeOf(tree, id);
    if (seen.has(id) || !node) continue;
    seen.add(id);
    if (node.kind === 'question') for (const a of node.answers) if (a.next) stack.push(a.next);
  }
  return seen;
}

/** One message per loop found (depth-first search), naming the nodes on it. */
function findLoops(tree: Tree): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const problems: string[] = [];
  const visit = (id: string, trail: string[]): void => {
    const node = nodeOf(tree, id);
    if (!node || state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      problems.push(`Узел «${id}»: петля ${loop.join(' → ')}`);
      return;
    }
    state.set(id, 'open');
    if (node.kind === 'question') for (const a of node.answers) if (a.next) visit(a.next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of Object.keys(tree.nodes)) visit(id, []);
  return problems;
}

/** Throws one error listing every problem, or returns the tree unchanged when it is valid. */
export function assertValidTree<T extends Tree<ValidatedOutcome>>(tree: T, guideTargets: ReadonlySet<string>): T {
  const problems = validateTree(tree, guideTargets);
  if (problems.length)
    throw new Error(`Дерево решений (content/decision-tree/) с ошибками:\n- ${problems.join('\n- ')}`);
  return tree;
}
