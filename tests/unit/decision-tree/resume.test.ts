import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCase, setPart, setStep } from '../../../src/lib/case/actions';
import { STEP_IDS, emptyState, type Case, type StepId } from '../../../src/lib/case/stored-state';
import { addDays } from '../../../src/lib/date/arithmetic';
import { isoFromDay, requireDay } from '../../../src/lib/date/day';
import { TREE } from '../../../src/lib/decision-tree/load';
import { walk } from '../../../src/lib/decision-tree/answers';
import { nodeOf } from '../../../src/lib/decision-tree/engine';
import { nodeFromPath, parseAnswers } from '../../../src/lib/decision-tree/url-state';
import { STAGE_ITSELF, resumePoint } from '../../../src/lib/decision-tree/resume';
import { resumeTargets } from '../../../src/lib/decision-tree/resume-targets';

const TODAY = '2026-12-06';
const daysAgo = (n: number): string => isoFromDay(addDays(requireDay(TODAY), -n));

/** A case with a claim query and the given steps. */
function aCase(query: string | null, steps: Partial<Record<StepId, string>> = {}): Case {
  let s = addCase(emptyState(), 'c1', 1, {});
  if (query !== null) s = setPart(s, 'c1', 'claim', query, 2);
  for (const [id, date] of Object.entries(steps)) s = setStep(s, 'c1', id as StepId, date, 3);
  return s.cases['c1']!;
}

const COMPANY = 'debt=100000&due=2026-09-01';
const PERSON = `${COMPANY}&debtor=person`;
const targets = resumeTargets(TREE);
/** Where a case's offer leads: the URL the start page links. */
const linkOf = (c: Case, today = TODAY): string | null => {
  const point = resumePoint(c, today);
  return point && (targets[point.target] ?? null);
};

describe('continuing a case in the tree', () => {
  it('the претензия sent 35 days ago: the tree asks the next question after «30 дней прошли»', () => {
    const c = aCase(COMPANY, { claimSent: daysAgo(35) });
    expect(resumePoint(c, TODAY)).toEqual({
      target: 'claim-waited',
      step: 'claimSent',
      text: `Претензия отправлена ${daysAgo(35).split('-').reverse().join('.')}`,
    });
    expect(linkOf(c)).toBe('/plan/q/overdue/?a=reason:won,won:claim-waited');
  });

  it('the претензия sent 10 days ago to a company: the stage question, not «30 дней прошли»', () => {
    expect(linkOf(aCase(COMPANY, { claimSent: daysAgo(10) }))).toBe('/plan/q/won/?a=reason:won');
    // The debtor unknown: the 30 days count too.
    expect(linkOf(aCase(null, { claimSent: daysAgo(10) }))).toBe('/plan/q/won/?a=reason:won');
    expect(linkOf(aCase(null, { claimSent: daysAgo(40) }))).toBe('/plan/q/overdue/?a=reason:won,won:claim-waited');
  });

  it('a private person owes no 30-day wait: after the претензия the tree goes on at once', () => {
    expect(linkOf(aCase(PERSON, { claimSent: daysAgo(3) }))).toBe('/plan/q/overdue/?a=reason:won,won:claim-waited');
  });

  it('an order issued or received, a judgment in force or the writ in hand: the enforcement plan', () => {
    for (const [step, answer] of [
      ['orderIssued', 'order-issued'],
      ['orderReceived', 'order-issued'],
      ['judgmentInForce', 'in-force'],
      ['writIssued', 'in-force'],
    ] as const) {
      const c = aCase(COMPANY, { claimSent: daysAgo(200), [step]: daysAgo(20) });
      expect(linkOf(c), step).toBe(`/plan/enforcement/?a=reason:won,won:${answer}`);
    }
  });

  it('an order cancelled: the suit after a cancelled order', () => {
    const c = aCase(COMPANY, { claimSent: daysAgo(90), orderIssued: daysAgo(40), orderCancelled: daysAgo(5) });
    expect(resumePoint(c, TODAY)?.text).toMatch(/^Судебный приказ отменён \d\d\.\d\d\.\d{4}$/);
    expect(linkOf(c)).toBe('/plan/order-cancelled/?a=reason:won,won:cancelled');
  });

  it('waiting for the court, the bank or the bailiffs: the stage question, where «лист вернули» is one answer', () => {
    for (const step of ['orderFiled', 'suitFiled', 'judgment', 'bankSent', 'fsspSent'] as const) {
      expect(linkOf(aCase(COMPANY, { [step]: daysAgo(30) })), step).toBe('/plan/q/won/?a=reason:won');
    }
    expect(targets['returned']).toBe('/plan/writ-returned/?a=reason:won,won:returned');
  });

  it('nothing marked yet, a cleared date, or the debt paid: no offer', () => {
    expect(resumePoint(aCase(COMPANY), TODAY)).toBeNull();
    expect(resumePoint(aCase(COMPANY, { claimSent: '' }), TODAY)).toBeNull();
    expect(resumePoint(aCase(COMPANY, { claimSent: daysAgo(90), paid: daysAgo(1) }), TODAY)).toBeNull();
  });

  it('every answer of the stage question has a target whose answers lead to the page it names', () => {
    const stage = nodeOf(TREE, 'won');
    expect(stage?.kind).toBe('question');
    const answers = stage?.kind === 'question' ? stage.answers.map((a) => a.id) : [];
    expect(Object.keys(targets).sort()).toEqual([STAGE_ITSELF, ...answers].sort());
    for (const [key, url] of Object.entries(targets)) {
      const [path = '', query = ''] = url.split('?');
      const { answers: given, dropped } = parseAnswers(TREE, query);
      expect(dropped, key).toBe(0);
      expect(walk(TREE, given, TREE.start).end, key).toBe(nodeFromPath(path));
    }
  });

  it('any marked steps and any day give no offer or one of the targets (property)', () => {
    const stepDates = fc.dictionary(
      fc.constantFrom(...STEP_IDS),
      fc.integer({ min: 0, max: 2000 }).map((n) => daysAgo(n)),
    );
    const query = fc.constantFrom(null, COMPANY, PERSON, `${COMPANY}&debtor=ip`);
    fc.assert(
      fc.property(stepDates, query, (steps, q) => {
        const c = aCase(q, steps);
        const point = resumePoint(c, TODAY);
        const marked = Object.keys(steps).length > 0;
        if (!marked || 'paid' in steps) expect(point).toBeNull();
        else expect(targets[point!.target]).toBeDefined();
      }),
    );
  });
});
