/**
 * A legal term as prose writes it, in figures: «30 календарных дней», «в течение 10 дней». Apart from wording.ts
 * because the claim letter, loaded with the documents page, needs only this (docs/decisions/051).
 */
import { plural } from '../format/plural';
import type { Term } from './terms';

/** The forms of a term's word for 1, 2–4 and 5+ (plural()), by case: «30 дней» (nominative, accusative), «в течение 10 дней» (genitive). */
const TERM_WORDS = {
  days: ['день', 'дня', 'дней'],
  daysGenitive: ['дня', 'дней', 'дней'],
  calendarDays: ['календарный день', 'календарных дня', 'календарных дней'],
  calendarDaysGenitive: ['календарного дня', 'календарных дней', 'календарных дней'],
  years: ['год', 'года', 'лет'],
} as const satisfies Record<string, readonly [one: string, few: string, many: string]>;

/** Which words follow the count. */
export type TermWords = keyof typeof TERM_WORDS;

/**
 * A term with its word in the form its count needs: termText(CLAIM_WAIT, 'calendarDays') → «30 календарных дней».
 * Marked free of side effects, as wording.ts's functions are.
 */
/* @__NO_SIDE_EFFECTS__ */
export function termText(term: Term, words: TermWords): string {
  return `${term.value} ${plural(term.value, TERM_WORDS[words])}`;
}
