/**
 * What the «Моё дело» page loads only when the user asks: the backup writer, the calendar file, and the claim
 * calculator's calculation for «Сколько должен сегодня» (one dynamic `import()` of this module).
 */
import { exportBackup } from '../../lib/case/backup';
import { caseIcs } from '../../lib/case/case-ics';
import type { NextStep } from '../../lib/case/next-step';
import type { Case, State } from '../../lib/case/stored-state';
import { readClaimUrl } from '../../lib/documents/claim-url';
import { download } from '../shared/download';

/** Every case (and the user's details) as a backup file. */
export function saveBackup(state: State, today: string): void {
  download(`moi-dela-${today}.json`, exportBackup(state, new Date()), 'application/json');
}

/** One case as a backup file (without the user's details). */
export function saveCase(state: State, id: string, today: string): void {
  download(`delo-${today}.json`, exportBackup(state, new Date(), id), 'application/json');
}

/** All of a case's dates as a calendar file. */
export function saveIcs(id: string, c: Case, next: NextStep, today: string): void {
  download(`delo-${today}.ics`, caseIcs(id, c, next, new Date()), 'text/calendar');
}

/** What the case's claim calculation gives for today, as the claim calculator shows it; null when it makes none. */
export function owedToday(query: string, today: string): { principal: number; interest: number; total: number } | null {
  const figures = readClaimUrl(new URLSearchParams(query), today);
  return (
    figures && { principal: figures.totals.debtLeft, interest: figures.totals.interest, total: figures.totals.claim }
  );
}
