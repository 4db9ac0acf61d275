import { describe, expect, it } from 'vitest';
import { buildTree, clientTree, outcomesOf, questionsOf } from '../../../src/lib/decision-tree/build';
import { calculatorHref, checklistHref, claimHref } from '../../../src/lib/decision-tree/links';
import { fromSearchParams } from '../../../src/lib/claim/url-state';

const outcome = (id: string) => ({
  id,
  title: `План ${id}`,
  description: 'Описание плана достаточно длинное, чтобы пройти проверку схемы без ошибок.',
  summary: 'Короткое резюме ситуации и плана.',
  group: 'talk',
  steps: [1, 2, 3].map((n) => ({ title: `Шаг ${n}`, text: 'Что сделать на этом шаге.' })),
  documents: ['Договор'],
  guide: [{ href: '/guide/a/', label: 'Гайд' }],
  checklist: ['find-reason'],
});
const questions = {
  start: 'r',
  questions: [
    {
      id: 'r',
      text: 'Вопрос?',
      answers: [
        { id: 'a', label: 'Да', next: 'x' },
        { id: 'b', label: 'Нет', next: 'y' },
      ],
    },
  ],
};

describe('buildTree', () => {
  it('builds the graph from the two content files', () => {
    const tree = buildTree(questions, { outcomes: [outcome('x'), outcome('y')] });
    expect(tree.start).toBe('r');
    expect(questionsOf(tree).map((q) => q.id)).toEqual(['r']);
    expect(outcomesOf(tree).map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('names the bad node and field when the schema refuses it', () => {
    const bad = { ...outcome('y'), checklist: ['not-an-item'] };
    expect(() => buildTree(questions, { outcomes: [outcome('x'), bad] })).toThrow(/узел «y», поле checklist/);
    expect(() =>
      buildTree(
        { start: 'r', questions: [{ id: 'Bad Id', text: 'Вопрос?', answers: [] }] },
        { outcomes: [outcome('x')] },
      ),
    ).toThrow(/questions\.json/);
  });

  it('refuses a repeated id', () => {
    expect(() => buildTree(questions, { outcomes: [outcome('x'), outcome('x')] })).toThrow(/«x» встречается дважды/);
  });

  it('gives the island only what it needs', () => {
    const client = clientTree(buildTree(questions, { outcomes: [outcome('x'), outcome('y')] }));
    expect(client.nodes['x']).toEqual({ kind: 'outcome', id: 'x', title: 'План x' });
    expect(Object.keys(client.nodes['r'] ?? {})).toEqual(['kind', 'id', 'text', 'answers']);
    expect(client.nodes['r']).not.toHaveProperty('title');
  });
});

describe('links', () => {
  it('marks checklist items to do now', () => {
    expect(checklistHref(['find-reason', 'listen'])).toBe('/checklist/?now=find-reason,listen');
    expect(checklistHref([])).toBe('/checklist/');
  });

  it.each([
    [undefined, '/calculator/?mode=installments'],
    [12_000_000, '/calculator/?mode=installments&amount=120000'],
    [12_000_050, '/calculator/?mode=installments&amount=120000.5'],
    [0, '/calculator/?mode=installments'],
    [1.5, '/calculator/?mode=installments'],
    [Number.NaN, '/calculator/?mode=installments'],
  ])('opens the calculator with %s kopecks', (amount, href) => {
    expect(calculatorHref('installments', amount)).toBe(href);
  });

  const path = [
    { question: 'reason', answer: 'silent' },
    { question: 'debtor', answer: 'ip' },
    { question: 'amount-ip', answer: 'upto-600k' },
  ];
  it.each([
    [[], null, '/claim/'],
    [path, null, '/claim/?debtor=ip'],
    [path, 45_000_050, '/claim/?debt=450000.5&from=plan&debtor=ip'],
    [path.slice(0, 1), 10_000_000, '/claim/?debt=100000&from=plan'],
    [path, 0, '/claim/?debtor=ip'],
  ])('opens the claim calculator from the answers %j and %s kopecks', (steps, amount, href) => {
    expect(claimHref(steps, amount)).toBe(href);
  });

  it('writes a claim link the claim calculator reads back: the amount as the debt, the debtor, from a plan', () => {
    for (const debtor of ['company', 'ip', 'person'] as const) {
      const href = claimHref([{ question: 'debtor', answer: debtor }], 123_456_78);
      const read = fromSearchParams(new URL(href, 'https://x.test').searchParams, '2026-12-01');
      expect(read.state.debt).toBe('123\u00a0456,78');
      expect(read.state.debtor).toBe(debtor);
      expect(read.fromPlan).toBe(true);
      expect(read.problems).toEqual({});
    }
  });
});
