/**
 * The terms the site counts or states, each with its article and mark — from docs/legal-facts.md: the claim
 * letter's wait before a suit in arbitration, the limitation period, its outer bound and its pause for the claim, the debtor's term to
 * object to a court order, the term to present a writ. The claim calculator counts by them, the documents and
 * the claim calculator's texts state them.
 */
import type { Mark } from './marks';

/** A term in days or years, with the article that sets it and its mark. */
export interface Term {
  value: number;
  unit: 'days' | 'months' | 'years';
  article: string;
  mark: Mark;
}

/** The terms by name. */
export interface Terms {
  /** Calendar days after the claim letter before a suit in arbitration, unless a law or the contract sets another. */
  claimWait: Term;
  /** The limitation period, from the end of the term for performance (ст. 200). */
  limitation: Term;
  /** The limitation period never runs past this from the breach. */
  limitationMax: Term;
  /** Where the claim step is mandatory, limitation pauses while the claim awaits an answer, at most this long. */
  limitationPause: Term;
  /** Days from receiving a court order in which the debtor may object and so cancel it. */
  orderObjections: Term;
  /** Years from the judgment taking effect in which a writ may be presented for enforcement. */
  writ: Term;
  /** Days before filing a suit in arbitration within which the parties' register extracts must be obtained. */
  extractAge: Term;
}

/** The claim's wait in arbitration. */
export const CLAIM_WAIT: Term = { value: 30, unit: 'days', article: 'АПК РФ ст. 4 ч. 5', mark: 'C' };
/** The limitation period. */
export const LIMITATION: Term = { value: 3, unit: 'years', article: 'ГК РФ ст. 196', mark: 'C' };
/** The debtor's term to object to a court order. */
export const ORDER_OBJECTIONS: Term = {
  value: 10,
  unit: 'days',
  article: 'ГПК РФ ст. 128–129; АПК РФ ст. 229.5',
  mark: 'L',
};

/**
 * A suit in arbitration attaches extracts from ЕГРЮЛ or ЕГРИП on both parties obtained not earlier than this before
 * filing (АПК РФ ст. 126 ч. 1, [L]).
 */
export const EXTRACT_AGE: Term = { value: 30, unit: 'days', article: 'АПК РФ ст. 126 ч. 1', mark: 'L' };

/** The terms as of the facts check (src/lib/legal/facts-date.ts); the last three only the guide and plans state. */
export const TERMS: Terms = {
  claimWait: CLAIM_WAIT,
  limitation: LIMITATION,
  orderObjections: ORDER_OBJECTIONS,
  limitationMax: { value: 10, unit: 'years', article: 'ГК РФ ст. 196', mark: 'C' },
  limitationPause: { value: 30, unit: 'days', article: 'ГК РФ ст. 202 п. 3', mark: 'C' },
  writ: { value: 3, unit: 'years', article: '229-ФЗ ст. 21 ч. 1', mark: 'C' },
  extractAge: EXTRACT_AGE,
};

/**
 * A term ending on a non-working day ends on the next working day (ГК РФ ст. 193, [C]); courts apply it to a
 * payment's due date, interest then running from the day after (`dueMark`, [L]). Non-working days are those of the
 * production calendar ([C2]: src/lib/date/production-calendar.ts).
 */
export const NON_WORKING_DAY = { article: 'ГК РФ ст. 193', mark: 'C', dueMark: 'L' } as const;

/**
 * Limitation while the court acts (ГК РФ ст. 204 п. 1; Пленум ВС РФ № 43, п. 17, [C2]): it does not run from the
 * day a claim or a court-order application is filed while the court protects the right.
 */
export const LIMITATION_COURT = { article: 'ГК РФ ст. 204 п. 1; Пленум ВС РФ № 43, п. 17', mark: 'C2' } as const;

/** After a court order is cancelled, a limitation period with less than this left is extended to it. */
export const LIMITATION_AFTER_ORDER: Term = {
  value: 6,
  unit: 'months',
  article: 'ГК РФ ст. 204 п. 3; Пленум ВС РФ № 43, п. 18',
  mark: 'C2',
};
