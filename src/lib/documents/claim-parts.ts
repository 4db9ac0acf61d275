/**
 * What the claim letter (claim.ts) and the court-order application (court-order.ts) share: the debt they
 * claim, the period of the calculation and the copies attached (the calculation's table: claim-table.ts).
 * claim.ts passes them on to court-order.ts (see there).
 */
import { formatIsoNumeric } from '../date/day';
import type { ClaimResult } from '../claim/result';
import { contractRef, debtLeft, documentLines } from './common';
import type { CaseDetails, DocInput } from './inputs';

/** An ISO date as «01.10.2026» (as it is when it does not read). */
export const isoDateText = (iso: string): string => formatIsoNumeric(iso) || iso;

/** The debt claimed: the claim calculator's debt left when its link came, else the invoices less the payments. */
export function claimedDebt(input: Pick<DocInput, 'claim' | 'debt'>): number | null {
  return input.claim ? input.claim.totals.debtLeft : debtLeft(input.debt);
}

/** The period the calculation covers: the first row's start to the last row's end. */
export function calcPeriod(claim: ClaimResult): { from: string; to: string } | null {
  const first = claim.rows[0];
  const last = claim.rows.at(-1);
  return first && last ? { from: first.from, to: last.to } : null;
}

/** The first attachments: a copy of the contract, then copies of the invoices and acts as typed. */
export function copiesAttached(details: CaseDetails): string[] {
  const docs = documentLines(details);
  return [
    `Копия ${contractRef(details, 'договора')}.`,
    docs.length > 0 ? `Копии документов: ${docs.join('; ')}.` : 'Копии счетов и актов.',
  ];
}
