import { describe, expect, it } from 'vitest';
import { answerTarget, amountTarget, initialView, readView } from '../../../src/lib/decision-tree/view';
import { questionOf, type TreeQuestion } from '../../../src/lib/decision-tree/engine';
import { SMALL } from './fixtures';

const question = (id: string): TreeQuestion => {
  const q = questionOf(SMALL, id);
  if (!q) throw new Error(id);
  return q;
};

describe('readView: what a URL shows', () => {
  it.each([
    ['the first question, no answers', '/plan/q/r/', '', { node: 'r', steps: 0, notice: null }],
    ['a question reached by its answers', '/plan/q/s/', '?a=r:x', { node: 's', steps: 1, notice: null }],
    ['an outcome reached by its answers', '/plan/o1/', '?a=r:x,s:y', { node: 'o1', steps: 2, notice: null }],
    ['answers that lead elsewhere', '/plan/o2/', '?a=r:x,s:y', { node: 'o2', steps: 0, notice: 'mismatch' }],
    ['answers partly unreadable', '/plan/q/s/', '?a=r:x,zz:top', { node: 's', steps: 1, notice: 'dropped' }],
    ['a path naming no node: the page’s own', '/elsewhere/', '', { node: 'r', steps: 0, notice: null }],
  ] as const)('%s', (_name, pathname, search, expected) => {
    const view = readView(SMALL, 'r', pathname, search);
    expect({ node: view.node, steps: view.steps.length, notice: view.notice }).toEqual(expected);
    expect(view.live).toBe(true);
  });

  it('the server view has the page’s node and nothing else', () => {
    expect(initialView('s')).toMatchObject({ node: 's', steps: [], kept: [], live: false });
  });
});

describe('answerTarget: where an answer leads from a view', () => {
  it.each([
    ['r', '', 'x', 's', '/plan/q/s/?a=r:x'],
    ['r', '', 'w', 't', '/plan/q/t/?a=r:w'],
    ['s', '?a=r:x', 'y', 'o1', '/plan/o1/?a=r:x,s:y'],
    // A later answer that still applies is reused: the walk skips to the outcome.
    ['r', '?a=r:w,t:n', 'w', 'o3', '/plan/o3/?a=r:w,t:n'],
  ])('on %s with %j, answer %s → %s', (node, search, answer, to, href) => {
    const view = readView(SMALL, node, node === 'r' ? '/plan/q/r/' : `/plan/q/${node}/`, search);
    expect(answerTarget(SMALL, view, question(node), answer)).toEqual({ node: to, href });
  });

  it('carries a typed amount to the next page', () => {
    const view = readView(SMALL, 'r', '/plan/q/r/', '');
    expect(amountTarget(SMALL, view, question('r'), 'x', 25_000_050)).toEqual({
      node: 's',
      href: '/plan/q/s/?a=r:x&sum=250000.5',
    });
  });
});
