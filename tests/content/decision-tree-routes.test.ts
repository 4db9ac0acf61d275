/**
 * Every path of the real decision tree against the court routes of docs/legal-facts.md (re-checked 30.11.2026).
 * The thresholds come from src/lib/legal (the site's one table of them) and the route rule below is written from
 * the facts, neither read from the tree, so a band or an answer that sends someone to the wrong court or
 * procedure fails here.
 */
import { describe, expect, it } from 'vitest';
import { TREE } from '../../src/lib/decision-tree/load';
import { answerForAmount, isAmountQuestion, questionOf } from '../../src/lib/decision-tree/engine';
import { outcomesOf, questionsOf } from '../../src/lib/decision-tree/build';
import { COURT_LIMITS } from '../../src/lib/legal/court-limits';

/** Who owes: a company (ООО, АО…), an ИП, or a private person (самозанятый without ИП included). */
type Debtor = 'company' | 'ip' | 'person';
/** Which court hears it. */
type Court = 'arbitration' | 'general';
/** Which procedure. */
type Procedure = 'order' | 'simplified' | 'suit';
/** A route to court. */
interface Route {
  court: Court;
  procedure: Procedure;
}

const { arbitration, general } = COURT_LIMITS;
/** АПК РФ ст. 229.2 (667-ФЗ): court order, whole claim amount, rubles. */
const ARBITRATION_ORDER_MAX = arbitration.order.limit / 100;
/** АПК РФ ст. 227 ч. 1 п. 1 (667-ФЗ): simplified procedure by amount, rubles. */
const ARBITRATION_SIMPLIFIED_MAX: Record<'company' | 'ip', number> = {
  company: arbitration.simplifiedCompany.limit / 100,
  ip: arbitration.simplifiedIp.limit / 100,
};
/** ГПК РФ ст. 121: court order, rubles. */
const GENERAL_ORDER_MAX = general.order.limit / 100;
/** ГПК РФ ст. 232.2 ч. 1 (135-ФЗ, from 01.09.2024): simplified procedure by amount, rubles. */
const GENERAL_SIMPLIFIED_MAX = general.simplified.limit / 100;

/**
 * The route the law gives for a whole claim amount (debt + interest + penalty) in rubles. `documented`: the debt
 * rests on a contract and a signed act (what a court order needs; such debts also go to the simplified procedure
 * at any amount, АПК ст. 227 ч. 2 п. 1, ГПК ст. 232.2 ч. 1 п. 3, unless a court order fits).
 */
function lawRoute(debtor: Debtor, amount: number, documented: boolean): Route {
  const court: Court = debtor === 'person' ? 'general' : 'arbitration';
  const orderMax = debtor === 'person' ? GENERAL_ORDER_MAX : ARBITRATION_ORDER_MAX;
  const simplifiedMax = debtor === 'person' ? GENERAL_SIMPLIFIED_MAX : ARBITRATION_SIMPLIFIED_MAX[debtor];
  if (documented && amount <= orderMax) return { court, procedure: 'order' };
  if (amount <= simplifiedMax || documented) return { court, procedure: 'simplified' };
  return { court, procedure: 'suit' };
}

/** What each court outcome of the tree stands for (the only knowledge of the data this test has). */
const OUTCOME_ROUTES: Record<string, Route | 'evidence-first'> = {
  'court-order-business': { court: 'arbitration', procedure: 'order' },
  'simplified-business': { court: 'arbitration', procedure: 'simplified' },
  'lawsuit-business': { court: 'arbitration', procedure: 'suit' },
  'court-order-person': { court: 'general', procedure: 'order' },
  'simplified-person': { court: 'general', procedure: 'simplified' },
  'lawsuit-person': { court: 'general', procedure: 'suit' },
  'no-documents': 'evidence-first',
};

/** The debtor question's answers. */
const DEBTOR_ANSWERS: Record<string, Debtor> = { company: 'company', ip: 'ip', person: 'person' };
/** The documents questions' answers: full = documented, partial = not, none = gather evidence first. */
const DOCS_ANSWERS = { full: true, partial: false, none: null } as const;

/** One walk from the first question: each (question, answer) and where it ends. */
interface Walk {
  steps: { question: string; answer: string }[];
  end: string;
}

function allWalks(): Walk[] {
  const walks: Walk[] = [];
  const go = (id: string, steps: Walk['steps']): void => {
    const q = questionOf(TREE, id);
    if (!q) {
      walks.push({ steps, end: id });
      return;
    }
    for (const a of q.answers) go(a.next ?? '', [...steps, { question: id, answer: a.id }]);
  };
  go(TREE.start, []);
  return walks;
}

/** Amounts to try in a band (lower, upper]: its edges and points inside. */
function samples(lower: number, upper: number | undefined): number[] {
  if (upper === undefined) return [lower + 0.01, lower + 1, lower * 2, lower * 10, 1_000_000_000];
  return [lower + 0.01, lower + 1, Math.round((lower + upper) / 2), upper - 1, upper];
}

const walks = allWalks();
const courtWalks = walks.filter(
  (w) => Object.hasOwn(OUTCOME_ROUTES, w.end) && w.steps.some((s) => s.question === 'debtor'),
);

describe('every route of the decision tree agrees with the 2024 thresholds and the whole-sum rule', () => {
  it('the table of routes is written against real outcomes', () => {
    const ids = new Set(outcomesOf(TREE).map((o) => o.id));
    for (const id of Object.keys(OUTCOME_ROUTES)) expect(ids.has(id), id).toBe(true);
    expect(courtWalks.length).toBeGreaterThan(20);
  });

  it('every walk through «who owes» answers an amount question and ends at a court route', () => {
    for (const w of walks.filter((x) => x.steps.some((s) => s.question === 'debtor'))) {
      const trail = `${w.steps.map((s) => `${s.question}=${s.answer}`).join(' → ')} → ${w.end}`;
      expect(Object.hasOwn(OUTCOME_ROUTES, w.end), trail).toBe(true);
      const amountStep = w.steps.find((s) => {
        const q = questionOf(TREE, s.question);
        return q ? isAmountQuestion(q) : false;
      });
      expect(amountStep, trail).toBeDefined();
    }
  });

  it.each(courtWalks.map((w) => [`${w.steps.map((s) => s.answer).join(' → ')} → ${w.end}`, w] as const))(
    '%s',
    (_name, walk) => {
      const debtorStep = walk.steps.find((s) => s.question === 'debtor');
      const debtor = DEBTOR_ANSWERS[debtorStep?.answer ?? ''];
      expect(debtor, 'a known debtor answer').toBeDefined();
      if (!debtor) return;

      const amountStep = walk.steps.find((s) => {
        const q = questionOf(TREE, s.question);
        return q ? isAmountQuestion(q) : false;
      });
      const amountQuestion = questionOf(TREE, amountStep?.question ?? '');
      expect(amountQuestion).toBeDefined();
      if (!amountQuestion || !amountStep) return;
      const index = amountQuestion.answers.findIndex((a) => a.id === amountStep.answer);
      const lower = index > 0 ? (amountQuestion.answers[index - 1]?.upTo ?? 0) : 0;
      const upper = amountQuestion.answers[index]?.upTo;

      const docsStep = walk.steps.find((s) => s.question.startsWith('docs-'));
      const docs = docsStep ? DOCS_ANSWERS[docsStep.answer as keyof typeof DOCS_ANSWERS] : undefined;
      const expected = OUTCOME_ROUTES[walk.end];

      for (const amount of samples(lower, upper)) {
        // The amount question's own ranges put this amount on this path.
        expect(answerForAmount(amountQuestion, amount)?.id, `${amount} ₽`).toBe(amountStep.answer);
        if (docs === null) {
          expect(expected, 'no documents: gather evidence first').toBe('evidence-first');
          continue;
        }
        if (docs === undefined) {
          // No documents question on this path: the route must not depend on them.
          expect(lawRoute(debtor, amount, true), `${debtor}, ${amount} ₽: documents would change the route`).toEqual(
            lawRoute(debtor, amount, false),
          );
        }
        expect(expected, `${debtor}, ${amount} ₽, documented: ${String(docs ?? 'not asked')}`).toEqual(
          lawRoute(debtor, amount, docs ?? false),
        );
      }
    },
  );
});

/** All the text a reader sees in the tree, with non-breaking spaces read as spaces. */
function treeText(): string {
  const parts: string[] = [];
  for (const q of questionsOf(TREE)) parts.push(q.text, q.hint ?? '', ...q.answers.map((a) => a.label));
  for (const o of outcomesOf(TREE)) {
    parts.push(o.title, o.description, o.summary, ...o.documents);
    for (const s of o.steps) parts.push(s.title, s.text, s.say ?? '');
    for (const l of o.legal) parts.push(l.text, l.source);
  }
  return parts.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

describe('the tree states the current figures', () => {
  const text = treeText();

  it('no outdated threshold: 800 000 / 400 000 simplified, 100 000 general simplified, 500 000 arbitration order', () => {
    expect(text).not.toMatch(/800 000|400 000/);
    expect(text).not.toMatch(/до 100 000 ₽/);
    for (const o of outcomesOf(TREE).filter((x) => x.id.endsWith('-business'))) {
      for (const l of o.legal) expect(l.text.replace(/[\u00a0\u202f]/g, ' '), o.id).not.toMatch(/до 500 000 ₽/);
    }
  });

  it('amount questions ask for the whole claim, interest and penalty included', () => {
    for (const q of questionsOf(TREE).filter(isAmountQuestion)) {
      expect(q.hint ?? '', q.id).toMatch(/процент/);
      expect(q.hint ?? '', q.id).not.toMatch(/без процентов/);
    }
  });

  it('each court plan names its threshold with its article', () => {
    const legal = (id: string) =>
      outcomesOf(TREE)
        .find((o) => o.id === id)
        ?.legal.map((l) => `${l.text} (${l.source})`)
        .join('\n')
        .replace(/[\u00a0\u202f]/g, ' ') ?? '';
    expect(legal('court-order-business')).toMatch(
      /750 000 ₽[^\n]*проверьте действующую редакцию[^\n]*АПК РФ ст\. 229\.2/i,
    );
    expect(legal('court-order-business')).toMatch(/не меньше 8 000 ₽/);
    expect(legal('simplified-business')).toMatch(/1 200 000 ₽[^\n]*600 000 ₽[^\n]*АПК РФ ст\. 227/);
    expect(legal('court-order-person')).toMatch(/500 000 ₽[^\n]*ГПК РФ ст\. 121/);
    expect(legal('simplified-person')).toMatch(/250 000 ₽[^\n]*ГПК РФ ст\. 232\.2/);
    for (const id of ['court-order-person', 'simplified-person', 'lawsuit-person', 'person-contact']) {
      expect(legal(id), id).toMatch(/230-ФЗ ст\. 7/);
    }
  });

  it('the new paths exist: a company closing, a won case with no money, a private client', () => {
    const reached = new Set(walks.map((w) => w.end));
    for (const id of ['debtor-closing', 'enforcement', 'order-cancelled', 'person-contact']) {
      expect(reached.has(id), id).toBe(true);
    }
    const legal = (id: string) =>
      outcomesOf(TREE)
        .find((o) => o.id === id)
        ?.legal.map((l) => `${l.text} (${l.source})`)
        .join('\n')
        .replace(/[\u00a0\u202f]/g, ' ') ?? '';
    expect(legal('debtor-closing')).toMatch(/3 месяцев[^\n]*129-ФЗ ст\. 21\.1/);
    expect(legal('debtor-closing')).toMatch(/2 000 000 ₽[^\n]*500 000 ₽[^\n]*127-ФЗ/);
    expect(legal('enforcement')).toMatch(/3 лет[^\n]*229-ФЗ ст\. 21/);
  });

  it('the stage question goes on after the claim letter, and each plan after it links its papers', () => {
    const stage = TREE.nodes['won'];
    const leadsTo = stage?.kind === 'question' ? Object.fromEntries(stage.answers.map((a) => [a.id, a.next])) : {};
    expect(leadsTo).toEqual({
      'claim-waited': 'overdue',
      'order-issued': 'enforcement',
      cancelled: 'order-cancelled',
      'in-force': 'enforcement',
      returned: 'writ-returned',
    });
    const linked = (id: string) =>
      outcomesOf(TREE)
        .find((o) => o.id === id)
        ?.steps.flatMap((s) => s.docs) ?? [];
    expect(linked('enforcement')).toEqual(expect.arrayContaining(['writ-request', 'bank', 'fssp']));
    expect(linked('order-cancelled')).toContain('lawsuit');
    expect(linked('writ-returned')).toEqual(expect.arrayContaining(['bank', 'fssp']));
    const returned = outcomesOf(TREE).find((o) => o.id === 'writ-returned');
    const said = returned?.legal.map((l) => `${l.text} (${l.source})`.replace(/[\u00a0\u202f]/g, ' ')).join('\n');
    expect(said).toMatch(/без исполнения[^\n]*3 года[^\n]*заново[^\n]*229-ФЗ ст\. 21 ч\. 1 и 3, ст\. 22/);
  });
});
