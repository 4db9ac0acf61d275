/** ResumeCase's on-demand part: the current case from the store, and where it stands for the tree. */
import { activeCase } from '../../lib/case/actions';
import { isoFromDay, localToday } from '../../lib/date/day';
import { resumePoint, type ResumePoint } from '../../lib/decision-tree/resume';
import { caseStore } from '../shared/use-case';

/** Where the current case stands, with its client's name ('' when unnamed); null without one to continue. */
export interface CasePoint extends ResumePoint {
  client: string;
}

/** The current case's point today (the browser's local day), or null. */
export function casePoint(): CasePoint | null {
  const shown = activeCase(caseStore().get().state);
  if (!shown) return null;
  const [, c] = shown;
  const point = resumePoint(c, isoFromDay(localToday(new Date())));
  return point && { ...point, client: c.client.trim() };
}
