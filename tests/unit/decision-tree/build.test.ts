import { describe, expect, it } from 'vitest';
import { buildTree, clientTree, outcomesOf, questionsOf } from '../../../src/lib/decision-tree/build';
import { calculatorHref, checklistHref } from '../../../src/lib/decision-tree/links';

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
});
