/**
 * «Продолжить с того, где вы остановились» (issue 23): where in the tree a saved case stands. The tree's stage
 * question (`won`, reached by the first question's `won` answer) has one answer per point a case reaches after
 * the претензия; a case's last marked step picks the answer, or the stage question itself when the case waits
 * for the court or the debtor (the user says what happened). Pure: the page computes every target's URL at
 * build time (resume-targets.ts), the island only picks one (resumePoint), so it needs no tree — and this
 * module imports nothing of the tree's, so the question pages' island keeps its chunks (the tree's JS budget).
 */
import { nextStep, lastStep, STEP_LABELS } from '../case/next-step';
import type { Case, StepId } from '../case/stored-state';
import { formatIsoNumeric } from '../date/day';

/** The question that asks where the case stands. */
export const STAGE_QUESTION = 'won';

/** The key of the stage question itself among the targets (no answer chosen). */
export const STAGE_ITSELF = '';

/**
 * The stage question's answer each last step gives; STAGE_ITSELF where the case waits (for the order, the
 * judgment, the bank or the bailiffs) and the next thing to happen is the user's to say. The претензия gives
 * «30 дней прошли» only once the wait is over (resumePoint).
 */
const ANSWER_OF: Record<Exclude<StepId, 'paid'>, string> = {
  claimSent: 'claim-waited',
  claimReceived: 'claim-waited',
  orderFiled: STAGE_ITSELF,
  orderIssued: 'order-issued',
  orderReceived: 'order-issued',
  orderCancelled: 'cancelled',
  suitFiled: STAGE_ITSELF,
  judgment: STAGE_ITSELF,
  judgmentInForce: 'in-force',
  writIssued: 'in-force',
  bankSent: STAGE_ITSELF,
  fsspSent: STAGE_ITSELF,
};

/** Where a case stands for the tree: the target's key, and the step it was read from with its date. */
export interface ResumePoint {
  /** A key of resumeTargets: an answer id of the stage question, or STAGE_ITSELF. */
  target: string;
  step: StepId;
  /** What the offer says: «Претензия отправлена 01.11.2026». */
  text: string;
}

/**
 * Where to continue a case on `today` (YYYY-MM-DD): null when nothing is marked yet (the tree starts at its
 * first question) or the debt is paid. After the претензия, «30 дней прошли» once the case's next step says the
 * wait is over (for a private person there is none), else the stage question.
 */
export function resumePoint(c: Case, today: string): ResumePoint | null {
  const last = lastStep(c);
  if (last === null || last === 'paid') return null;
  let target = ANSWER_OF[last];
  if (target === 'claim-waited') {
    const after = nextStep(c, today);
    const waited = after.step === 'orderFiled' || (after.date !== null && after.date <= today);
    if (!waited) target = STAGE_ITSELF;
  }
  return { target, step: last, text: `${STEP_LABELS[last]} ${formatIsoNumeric(c.steps[last]?.date ?? '')}` };
}
