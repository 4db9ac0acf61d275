import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatAnswers,
  hrefWith,
  nodeFromPath,
  parseAnswers,
  parseSum,
} from '../../../src/lib/decision-tree/url-state';
import { choose, consistentSum, locate, walk } from '../../../src/lib/decision-tree/answers';
import { SMALL } from './fixtures';

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('parseAnswers', () => {
  it('reads answers keyed by question id, in any order', () => {
    const { answers, dropped } = parseAnswers(SMALL, '?a=s:y,r:x');
    expect([...answers]).toEqual([
      ['s', 'y'],
      ['r', 'x'],
    ]);
    expect(dropped).toBe(0);
  });

  it.each([
    ['an unknown question', '?a=zz:x,r:x', 1],
    ['an unknown answer', '?a=r:zz', 1],
    ['an outcome as a question', '?a=o1:x', 1],
    ['a repeated question (first wins)', '?a=r:x,r:w', 1],
    ['garbage', '?a=:::,,%%%', 2],
    ['an inherited property', '?a=constructor:x,__proto__:x', 2],
  ])('drops %s and counts it', (_what, search, dropped) => {
    expect(parseAnswers(SMALL, search).dropped).toBe(dropped);
  });

  it('treats a missing or empty parameter as no answers', () => {
    expect(parseAnswers(SMALL, '').answers.size).toBe(0);
    expect(parseAnswers(SMALL, '?a=').answers.size).toBe(0);
    expect(parseAnswers(SMALL, '?b=r:x').answers.size).toBe(0);
  });

  it('never throws and keeps only real question/answer pairs, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { answers } = parseAnswers(SMALL, s);
        for (const [qid, aid] of answers) {
          const node = SMALL.nodes[qid];
          expect(node?.kind).toBe('question');
          expect(node?.kind === 'question' && node.answers.some((a) => a.id === aid)).toBe(true);
        }
      }),
    );
  });

  it('round-trips through formatAnswers', () => {
    const pairs = fc.constantFrom(...(['r:x', 'r:w', 's:y', 's:n', 't:y', 't:n'] as const));
    fc.assert(
      fc.property(fc.uniqueArray(pairs, { selector: (p) => p.split(':')[0] }), (list) => {
        const steps = list.map((p) => ({ question: p.split(':')[0] ?? '', answer: p.split(':')[1] ?? '' }));
        const { answers, dropped } = parseAnswers(SMALL, formatAnswers(steps));
        expect(dropped).toBe(0);
        expect([...answers].map(([question, answer]) => ({ question, answer }))).toEqual(steps);
      }),
    );
  });
});

describe('walk and locate', () => {
  it('walks until an unanswered question or an outcome', () => {
    expect(walk(SMALL, map({ r: 'x' }), 'r')).toEqual({ steps: [{ question: 'r', answer: 'x' }], end: 's' });
    expect(walk(SMALL, map({ r: 'x', s: 'y' }), 'r').end).toBe('o1');
  });

  it('finds the answers that lead to the page from the first question', () => {
    const located = locate(SMALL, map({ r: 'x', s: 'n' }), 't');
    expect(located).toMatchObject({ status: 'ok', entry: 'r' });
    expect(located.steps.map((s) => s.question)).toEqual(['r', 's']);
  });

  it('keeps answers beyond the page (after «Изменить») but shows only those before it', () => {
    const located = locate(SMALL, map({ r: 'x', s: 'y' }), 's');
    expect(located.status).toBe('ok');
    expect(located.steps).toEqual([{ question: 'r', answer: 'x' }]);
  });

  it('accepts a journey that joined the tree midway', () => {
    const located = locate(SMALL, map({ t: 'n' }), 'o3');
    expect(located).toMatchObject({ status: 'ok', entry: 't', steps: [{ question: 't', answer: 'n' }] });
  });

  it('reports answers that lead elsewhere, and where they lead', () => {
    const located = locate(SMALL, map({ r: 'x', s: 'y' }), 'o2');
    expect(located).toMatchObject({ status: 'mismatch', steps: [], reached: 'o1' });
  });

  it('the first question with no answers is simply the start', () => {
    expect(locate(SMALL, map({}), 'r')).toMatchObject({ status: 'ok', entry: 'r', steps: [] });
  });
});

describe('choose', () => {
  it('moves to the next question', () => {
    expect(choose(SMALL, map({}), 'r', 'r', 'x')).toEqual({
      steps: [{ question: 'r', answer: 'x' }],
      kept: [{ question: 'r', answer: 'x' }],
      node: 's',
    });
  });

  it('keeps later answers that still apply and skips to the first unanswered node', () => {
    // Was r:x → s:n → t:y (o2). Change r to w: t:y still applies; s:n is off the new path.
    const result = choose(SMALL, map({ r: 'x', s: 'n', t: 'y' }), 'r', 'r', 'w');
    expect(result.node).toBe('o2');
    expect(result.steps).toEqual([
      { question: 'r', answer: 'w' },
      { question: 't', answer: 'y' },
    ]);
    expect(result.kept).toEqual([...result.steps, { question: 's', answer: 'n' }]);
  });

  it('does not follow answers that no longer lie on the path', () => {
    const result = choose(SMALL, map({ r: 'w', t: 'y' }), 'r', 'r', 'x');
    expect(result.steps).toEqual([{ question: 'r', answer: 'x' }]);
    expect(result.node).toBe('s');
  });

  it('starts from the question itself when the entry does not lead to it', () => {
    const result = choose(SMALL, map({ r: 'x', s: 'y' }), 'r', 't', 'n');
    expect(result.steps).toEqual([{ question: 't', answer: 'n' }]);
    expect(result.node).toBe('o3');
  });

  it('always lands on a real node with the chosen answer on the path (property)', () => {
    const pair = fc.constantFrom(['r', 'x'], ['r', 'w'], ['s', 'y'], ['s', 'n'], ['t', 'y'], ['t', 'n']);
    fc.assert(
      fc.property(fc.array(pair), pair, (prior, [q, a]) => {
        const answers = new Map(prior.map(([pq, pa]) => [pq, pa] as [string, string]));
        const result = choose(SMALL, answers, 'r', q, a);
        expect(SMALL.nodes[result.node]).toBeDefined();
        expect(result.steps).toContainEqual({ question: q, answer: a });
        expect(new Set(result.kept.map((s) => s.question)).size).toBe(result.kept.length);
      }),
    );
  });
});

describe('URLs', () => {
  it('builds hrefs that carry the answers', () => {
    expect(hrefWith(SMALL, 's', [{ question: 'r', answer: 'x' }])).toBe('/plan/q/s/?a=r:x');
    expect(hrefWith(SMALL, 'o1', [])).toBe('/plan/o1/');
  });

  it.each([
    ['/plan/q/reason/', 'reason'],
    ['/plan/q/reason', 'reason'],
    ['/plan/claim/', 'claim'],
    ['/plan/', null],
    ['/guide/x/', null],
    ['/plan/q/a/b/', null],
  ])('reads the node from %s', (path, node) => {
    expect(nodeFromPath(path)).toBe(node);
  });
});

describe('the amount in the URL', () => {
  const ranged = {
    start: 'amt',
    nodes: {
      amt: {
        kind: 'question' as const,
        id: 'amt',
        text: 'Сколько?',
        answers: [
          { id: 'small', label: 'до 100', next: 'o1', upTo: 100 },
          { id: 'big', label: 'больше', next: 'o2' },
        ],
      },
      o1: { kind: 'outcome' as const, id: 'o1', title: 'o1' },
      o2: { kind: 'outcome' as const, id: 'o2', title: 'o2' },
    },
  };

  it('is carried next to the answers', () => {
    expect(formatAnswers([{ question: 'r', answer: 'x' }], 25_000_050)).toBe('?a=r:x&sum=250000.5');
    expect(formatAnswers([], 100)).toBe('?sum=1');
    expect(hrefWith(SMALL, 'o1', [], 100)).toBe('/plan/o1/?sum=1');
  });

  it.each([
    ['?sum=250000', 25_000_000],
    ['?a=r:x&sum=99,5', 9_950],
    ['?sum=abc', null],
    ['?sum=-1', null],
    ['', null],
  ])('reads %s', (search, kopecks) => {
    expect(parseSum(search)).toBe(kopecks);
  });

  it('is kept only when it agrees with the amount answered', () => {
    expect(consistentSum(ranged, [{ question: 'amt', answer: 'small' }], 5_000)).toBe(5_000);
    expect(consistentSum(ranged, [{ question: 'amt', answer: 'big' }], 5_000)).toBeNull();
    expect(consistentSum(ranged, [{ question: 'amt', answer: 'big' }], 50_000)).toBe(50_000);
    expect(consistentSum(ranged, [], null)).toBeNull();
  });
});
