import { describe, expect, it } from 'vitest';
import { next, nodeOf, pageOf, questionsLeft } from '../../../src/lib/decision-tree/engine';
import { SMALL, q, o, treeOf } from './fixtures';

describe('next', () => {
  it.each([
    ['r', 'x', 's'],
    ['r', 'w', 't'],
    ['s', 'y', 'o1'],
    ['s', 'n', 't'],
    ['t', 'n', 'o3'],
  ])('from %s, answer %s leads to %s', (node, answer, expected) => {
    expect(next(SMALL, node, answer)).toBe(expected);
  });

  it.each([
    ['an unknown node', 'nope', 'x'],
    ['an inherited property name', 'constructor', 'x'],
    ['an outcome', 'o1', 'x'],
    ['an unknown answer', 'r', 'zzz'],
  ])('refuses %s: no next node', (_what, node, answer) => {
    expect(next(SMALL, node, answer)).toBeNull();
  });

  it('refuses an answer with no next node or a next node that does not exist', () => {
    const broken = treeOf(q('r', ['a', undefined], ['b', 'ghost']), o('x'));
    expect(next(broken, 'r', 'a')).toBeNull();
    expect(next(broken, 'r', 'b')).toBeNull();
  });
});

describe('helpers', () => {
  it('gives question and outcome pages their URLs', () => {
    expect(pageOf(SMALL, 'r')).toBe('/plan/q/r/');
    expect(pageOf(SMALL, 'o1')).toBe('/plan/o1/');
  });

  it('never returns inherited properties as nodes', () => {
    expect(nodeOf(SMALL, '__proto__')).toBeUndefined();
    expect(nodeOf(SMALL, 'toString')).toBeUndefined();
  });

  it('counts the most questions left before an outcome', () => {
    expect(questionsLeft(SMALL, 'r')).toBe(3);
    expect(questionsLeft(SMALL, 't')).toBe(1);
    expect(questionsLeft(SMALL, 'o1')).toBe(0);
    expect(questionsLeft(SMALL, 'nope')).toBe(0);
  });

  it('terminates on a loop in an unvalidated tree', () => {
    const loop = treeOf(q('a', ['x', 'b'], ['y', 'o']), q('b', ['x', 'a'], ['y', 'o']), o('o'));
    expect(questionsLeft(loop, 'a')).toBeGreaterThan(0);
  });
});
