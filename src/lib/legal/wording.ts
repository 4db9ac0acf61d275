/**
 * How a legal figure is written in the site's prose (documents, their notes, the claim calculator's lines), so
 * that the text follows src/lib/legal when a figure changes: amounts through the money module's grouping, terms
 * with the count's Russian form. Plain spaces, as the texts had them before they were formatted from here.
 *
 * The functions take a figure whole (not its number) and are marked free of side effects, and a text of a
 * module's top level puts its figures in with withFigures() rather than a template literal: an island that
 * imports such a module for another constant (the documents' notes) then leaves the texts, and this module, out
 * of its bundle. The bundler keeps a template literal, or a figure's field read, at a module's top level.
 */
import { plural } from '../format/plural';
import { groupThousands } from '../money/kopecks';
import type { OrderDuty } from './duty-rates';
import type { Term } from './terms';

/**
 * The forms of a term's word for 1, 2–4 and 5+ (plural()), by case: «30 дней» (nominative, accusative), «в течение
 * 10 дней» (genitive).
 */
const TERM_WORDS = {
  days: ['день', 'дня', 'дней'],
  daysGenitive: ['дня', 'дней', 'дней'],
  calendarDays: ['календарный день', 'календарных дня', 'календарных дней'],
  calendarDaysGenitive: ['календарного дня', 'календарных дней', 'календарных дней'],
  years: ['год', 'года', 'лет'],
} as const satisfies Record<string, readonly [one: string, few: string, many: string]>;

/** Which words follow the count. */
type TermWords = keyof typeof TERM_WORDS;

/** Counts up to ten in words (nominative), for prose that writes «три года». */
const WORDS = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'];

/** A text with its figures put in: withFigures('до {limit} ₽', { limit: limitText(ARBITRATION_ORDER) }). */
/* @__NO_SIDE_EFFECTS__ */
export function withFigures(text: string, figures: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => figures[name] ?? all);
}

/** Whole rubles of an amount in kopecks, grouped with plain spaces: 75000000 → «750 000». */
/* @__NO_SIDE_EFFECTS__ */
export function rubleFigure(kopecks: number): string {
  return groupThousands(String(Math.trunc(kopecks / 100))).replace(/\u00a0/g, ' ');
}

/** A procedure's limit in whole rubles: ARBITRATION_ORDER → «750 000». */
/* @__NO_SIDE_EFFECTS__ */
export function limitText(figure: { limit: number }): string {
  return rubleFigure(figure.limit);
}

/** A court order's share of the suit's duty: «50 %». */
/* @__NO_SIDE_EFFECTS__ */
export function shareText(duty: OrderDuty): string {
  return `${duty.percent} %`;
}

/** A court order's minimum duty in whole rubles: «8 000» (empty when there is none). */
/* @__NO_SIDE_EFFECTS__ */
export function minimumText(duty: OrderDuty): string {
  return duty.min === null ? '' : rubleFigure(duty.min);
}

/** A term with its word in the form its count needs: termText(CLAIM_WAIT, 'calendarDays') → «30 календарных дней». */
/* @__NO_SIDE_EFFECTS__ */
export function termText(term: Term, words: TermWords): string {
  return `${term.value} ${plural(term.value, TERM_WORDS[words])}`;
}

/** A term with its count in words when it is ten or less: termInWords(LIMITATION, 'years') → «три года». */
/* @__NO_SIDE_EFFECTS__ */
export function termInWords(term: Term, words: TermWords): string {
  const text = termText(term, words);
  const count = WORDS[term.value];
  return count ? text.replace(/^\d+/, count) : text;
}
