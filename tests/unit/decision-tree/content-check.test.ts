import { describe, expect, it } from 'vitest';
import {
  assertValidTree,
  documentsNamed,
  speaksOfInterest,
  validateTree,
} from '../../../src/lib/decision-tree/content-check';
import { GUIDE, SMALL, o, q, treeOf } from './fixtures';

describe('validateTree', () => {
  it('accepts a valid tree', () => {
    expect(validateTree(SMALL, GUIDE)).toEqual([]);
    expect(assertValidTree(SMALL, GUIDE)).toBe(SMALL);
  });

  const cases: [string, ReturnType<typeof treeOf>, string, RegExp][] = [
    ['an unknown node id', treeOf(q('r', ['a', 'o1'], ['b', 'ghost']), o('o1')), 'r', /неизвестному узлу «ghost»/],
    ['an unknown start', { start: 'ghost', nodes: SMALL.nodes }, 'ghost', /не найден/],
    ['a start that is an outcome', { start: 'o1', nodes: { o1: o('o1') } }, 'o1', /должен быть вопросом/],
    ['a question with one answer', treeOf(q('r', ['a', 'o1']), o('o1')), 'r', /не меньше двух ответов/],
    [
      'a question with a repeated answer id',
      treeOf(q('r', ['a', 'o1'], ['a', 'o2']), o('o1'), o('o2')),
      'r',
      /повторяется/,
    ],
    ['an answer that leads nowhere', treeOf(q('r', ['a', 'o1'], ['b', undefined]), o('o1')), 'r', /никуда не ведёт/],
    ['an unreachable outcome', treeOf(q('r', ['a', 'o1'], ['b', 'o1']), o('o1'), o('lost')), 'lost', /недостижим/],
    [
      'an unreachable question',
      treeOf(q('r', ['a', 'o1'], ['b', 'o1']), o('o1'), q('lost', ['a', 'o1'], ['b', 'o1'])),
      'lost',
      /недостижим/,
    ],
    ['a loop', treeOf(q('r', ['a', 's'], ['b', 'o1']), q('s', ['a', 'r'], ['b', 'o1']), o('o1')), 'r', /петля/],
    ['a self-loop', treeOf(q('r', ['a', 'r'], ['b', 'o1']), o('o1')), 'r', /петля r → r/],
    [
      'a guide page that does not exist',
      treeOf(q('r', ['a', 'o1'], ['b', 'o2']), o('o1', ['/guide/nope/']), o('o2')),
      'o1',
      /\/guide\/nope\//,
    ],
    [
      'a guide section that does not exist',
      treeOf(q('r', ['a', 'o1'], ['b', 'o2']), o('o1'), o('o2', ['/guide/a/#нет'])),
      'o2',
      /#нет/,
    ],
    [
      'a fallback to an outcome',
      treeOf(q('r', ['a', 'o1'], ['b', 'o2']), o('o1', undefined, 'o2'), o('o2')),
      'o1',
      /fallback/,
    ],
    [
      'a plan that says to count interest without the claim calculator',
      treeOf(
        q('r', ['a', 'o1'], ['b', 'o2']),
        { ...o('o1'), steps: [{ title: 'Посчитайте требования', text: 'Долг и проценты по ключевой ставке.' }] },
        o('o2'),
      ),
      'o1',
      /claim: true/,
    ],
    ['a reserved outcome id', treeOf(q('r', ['a', 'q'], ['b', 'o2']), o('q'), o('o2')), 'q', /занят/],
    [
      'a node stored under another id',
      { start: 'r', nodes: { r: q('r', ['a', 'o1'], ['b', 'o1']), o1: o('other') } },
      'o1',
      /чужим id/,
    ],
  ];

  it.each(cases)('refuses %s, naming the node', (_what, tree, node, message) => {
    const problems = validateTree(tree, GUIDE);
    const hit = problems.find((p) => message.test(p));
    expect(hit, problems.join('\n')).toBeDefined();
    expect(hit).toContain(`«${node}»`);
    expect(() => assertValidTree(tree, GUIDE)).toThrow(message);
  });
});

describe('plans that speak of interest', () => {
  const step = (text: string) => [{ title: 'Шаг', text }];
  it.each([
    ['Основной долг и проценты по ключевой ставке.', true],
    ['Приложите расчёт долга и процентов.', true],
    ['Если с процентами сумма больше порога, вернитесь.', true],
    ['Или неустойка по договору.', true],
    ['Какой это процент годовых в сравнении со ставкой.', false],
    ['Отправьте претензию ценным письмом.', false],
  ])('«%s» speaks of interest or a penalty: %s', (text, expected) => {
    expect(speaksOfInterest(step(text))).toBe(expected);
  });

  it('accepts such a plan when it links the claim calculator', () => {
    const tree = treeOf(
      q('r', ['a', 'o1'], ['b', 'o2']),
      { ...o('o1'), steps: step('Долг и проценты.'), claim: true },
      o('o2'),
    );
    expect(validateTree(tree, GUIDE)).toEqual([]);
  });
});

describe('plan steps that name a document', () => {
  it.each([
    ['Отправьте претензию', 'ценным письмом с описью.', ['claim']],
    ['Подайте заявление о судебном приказе', 'Приложите копию претензии.', ['claim', 'court-order']],
    ['Подайте иск', 'Заявление о выдаче судебного приказа не подходит.', ['court-order', 'lawsuit']],
    [
      'Попросите подписать акт сверки или гарантийное письмо',
      'Документ с суммой долга.',
      ['guarantee', 'reconciliation'],
    ],
    ['Подпишите соглашение о рассрочке', 'График и суммы.', ['installment']],
    ['Если клиент попросил рассрочку', 'Оформите рассрочку письменно.', ['installment']],
    ['Отправьте письменное напоминание', 'Коротко: что и к какому сроку.', ['reminder']],
    // Complaints about quality, a reminder in one's calendar, a client's request: no document of ours.
    ['Попросите список замечаний', 'Клиент перечисляет недостатки; претензий к качеству много.', []],
    ['Поставьте напоминание', 'На день после даты оплаты.', []],
    ['Предложите рассрочку', 'Письменная просьба клиента о рассрочке признаёт долг.', []],
  ])('«%s. %s» names %j', (title, text, docs) => {
    expect(documentsNamed({ title, text })).toEqual(docs);
  });

  const withStep = (step: { title: string; text: string; docs?: ('claim' | 'reminder')[] }) =>
    treeOf(q('r', ['a', 'o1'], ['b', 'o2']), { ...o('o1'), steps: [step] }, o('o2'));

  it('refuses a step that names a document without linking it, naming the plan, the step and the document', () => {
    const problems = validateTree(withStep({ title: 'Отправьте претензию', text: 'Ценным письмом с описью.' }), GUIDE);
    expect(problems).toEqual([expect.stringMatching(/«o1», шаг 1: .*«claim» — нужна ссылка/)]);
  });

  it('refuses a link to a document the step does not name', () => {
    const tree = withStep({ title: 'Отправьте претензию', text: 'Ценным письмом.', docs: ['claim', 'reminder'] });
    expect(validateTree(tree, GUIDE)).toEqual([expect.stringMatching(/«o1», шаг 1: ссылка на документ «reminder»/)]);
  });

  it('accepts a step that links what it names', () => {
    const tree = withStep({ title: 'Отправьте претензию', text: 'Ценным письмом.', docs: ['claim'] });
    expect(validateTree(tree, GUIDE)).toEqual([]);
  });
});

describe('amount questions', () => {
  const withRanges = (limits: (number | undefined)[]) => {
    const question = q('r', ['a', 'o1'], ['b', 'o1'], ['c', 'o1']);
    return treeOf({ ...question, answers: question.answers.map((a, i) => ({ ...a, upTo: limits[i] })) }, o('o1'));
  };

  it('accepts ascending ranges with an open last answer', () => {
    expect(validateTree(withRanges([100, 200, undefined]), GUIDE)).toEqual([]);
  });

  it.each([
    ['descending', [200, 100, undefined]],
    ['a gap in the limits', [100, undefined, undefined]],
    ['a closed last answer', [100, 200, 300]],
    ['equal limits', [100, 100, undefined]],
  ])('refuses %s, naming the question', (_what, limits) => {
    const problems = validateTree(withRanges(limits), GUIDE);
    expect(problems.some((p) => p.includes('«r»') && p.includes('upTo'))).toBe(true);
  });
});
