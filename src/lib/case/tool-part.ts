/**
 * A tool's inputs in the current case: the claim calculator's and the payment calculator's queries (amounts,
 * dates and settings only — never names). What a tool reads when it is opened plainly, what it writes as the
 * user works, and how a link's numbers compare with the case's. The claim calculator's step dates (претензия
 * sent, court order applied for and cancelled, suit filed) are the case's steps: one date, one owner.
 */
import { activeCase, addCase, setPart, setStep } from './actions';
import type { PartName, State, StepId } from './stored-state';
import type { CLAIM_PARAMS } from '../claim/url-state';

/** The tools whose inputs are a query. */
export type ToolPart = Extract<PartName, 'claim' | 'plan'>;

/** Each tool's query in the active case (toolQuery). */
export const toolQueries = (state: State): Record<ToolPart, string> => ({
  claim: toolQuery(state, 'claim'),
  plan: toolQuery(state, 'plan'),
});

/** Parameters a case does not keep: the day counted to is always today when a case is reopened; `from` marks a link. */
const LEFT_OUT: Record<ToolPart, readonly string[]> = { claim: ['to', 'from'], plan: [] };
/** The claim calculator's parameters that are the case's steps (the same names). */
const STEP_PARAMS = ['claimSent', 'orderFiled', 'orderCancelled', 'suitFiled'] as const satisfies readonly (StepId &
  (typeof CLAIM_PARAMS)[number])[];

/** The query as a case keeps it: without LEFT_OUT, parameters in a fixed order. */
function keptQuery(part: ToolPart, query: string): string {
  const p = new URLSearchParams(query);
  for (const k of LEFT_OUT[part]) p.delete(k);
  p.sort();
  return p.toString();
}

/** The active case's query for a tool, its step dates included; '' when there is none. */
export function toolQuery(state: State, part: ToolPart): string {
  const c = activeCase(state)?.[1];
  const value = c?.parts[part]?.value;
  if (!c || typeof value !== 'string') return '';
  if (part !== 'claim' || value === '') return value;
  const p = new URLSearchParams(value);
  for (const k of STEP_PARAMS) {
    const date = c.steps[k]?.date;
    if (date) p.set(k, date);
    else if (date === '') p.delete(k);
  }
  p.sort();
  return p.toString();
}

/** Whether a tool's query says the same as the active case's. */
export const sameAsCase = (state: State, part: ToolPart, query: string): boolean =>
  keptQuery(part, query) === keptQuery(part, toolQuery(state, part));

/**
 * Save a tool's query into the active case — or into a new case `newCaseId` when there is none or `fresh` is
 * set («Новое дело»). The claim calculator's step dates go to the case's steps.
 */
export function saveToolQuery(
  state: State,
  part: ToolPart,
  query: string,
  at: number,
  newCaseId: string,
  fresh = false,
): State {
  let next = state;
  let id = fresh ? null : (activeCase(state)?.[0] ?? null);
  if (id === null) {
    next = addCase(state, newCaseId, at);
    if (next === state) return state;
    id = newCaseId;
  }
  const kept = keptQuery(part, query);
  next = setPart(next, id, part, kept, at);
  if (part !== 'claim') return next;
  const c = next.cases[id]!;
  const p = new URLSearchParams(kept);
  for (const k of STEP_PARAMS) {
    const date = p.get(k) ?? '';
    if ((c.steps[k]?.date ?? '') !== date) next = setStep(next, id, k, date, at);
  }
  return next;
}
