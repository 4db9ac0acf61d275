/**
 * The tree's state in the URL: the answers so far as `?a=<question>:<answer>,<question>:<answer>` (keyed by
 * question id, so order does not matter), the typed amount as `&sum=<rubles>`, and the node in the path. Pure.
 */
import { pageOf, questionOf, type Tree } from './engine';
import type { Step } from './answers';
import { fromUrl, toUrl } from '../money/kopecks';
import { routes } from '../site/routes';

/** The URL query parameter that carries the answers. */
const ANSWERS_PARAM = 'a';

/** Longest `a=` value we read; anything beyond is ignored as garbage. */
const MAX_RAW = 2000;

/**
 * Read the answers from a query string (with or without "?"). Entries naming an unknown question or an answer
 * that question does not have are dropped and counted; the first entry for a question wins. Never throws.
 */
export function parseAnswers(tree: Tree, search: string): { answers: Map<string, string>; dropped: number } {
  const answers = new Map<string, string>();
  let dropped = 0;
  const raw = new URLSearchParams(search).get(ANSWERS_PARAM);
  if (!raw) return { answers, dropped };
  for (const entry of raw.slice(0, MAX_RAW).split(',')) {
    if (!entry.trim()) continue;
    const [q = '', a = '', ...rest] = entry.trim().split(':');
    const question = questionOf(tree, q);
    if (rest.length || !question || !question.answers.some((x) => x.id === a) || answers.has(q)) {
      dropped++;
      continue;
    }
    answers.set(q, a);
  }
  return { answers, dropped };
}

/** The URL query parameter that carries the exact debt amount typed on an amount question. */
const SUM_PARAM = 'sum';

/** The query string for a list of steps and an optional amount: "?a=reason:quality,quality:defect&sum=250000". */
export function formatAnswers(steps: readonly Step[], sum: number | null = null): string {
  const parts = [
    ...(steps.length ? [`${ANSWERS_PARAM}=${steps.map((s) => `${s.question}:${s.answer}`).join(',')}`] : []),
    ...(sum ? [`${SUM_PARAM}=${toUrl(sum)}`] : []),
  ];
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The amount (kopecks) in a query string, or null when missing or not an amount. */
export function parseSum(search: string): number | null {
  const read = fromUrl(new URLSearchParams(search).get(SUM_PARAM) ?? '');
  return read.ok ? read.value : null;
}

/** The URL of a node's page carrying the given answers (and amount). */
export function hrefWith(tree: Tree, node: string, steps: readonly Step[], sum: number | null = null): string {
  return pageOf(tree, node, formatAnswers(steps, sum));
}

/** The node a plan page's URL path names: "<base>plan/q/<id>/" → id, "<base>plan/<id>/" → id, anything else → null. */
export function nodeFromPath(pathname: string): string | null {
  const m = /^\/plan\/(?:q\/)?([a-z0-9-]+)\/?$/.exec(routes.sitePath(pathname) ?? '');
  return m?.[1] ?? null;
}
