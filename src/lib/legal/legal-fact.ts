import { dayFromIso, formatDay } from '../date/day';
import { LEGAL_FACTS_CHECKED } from './facts-date';
import { MARK_NOTES } from './marks';

/** What a guide page says about one legal fact: its law, its date and how to check it. */
export interface LegalFactInput {
  /** Article(s) of law, with the amending law where one changed it: "АПК РФ ст. 227 (в ред. 667-ФЗ от 25.12.2023)". */
  source: string;
  /** The day the fact was last compared with its source, YYYY-MM-DD. */
  asOf: string;
  /** The text of the law itself was not read (mark [L]): the reader is asked to check the current wording. */
  checkEdition?: boolean | undefined;
  /** Known from secondary sources (mark [C2]): where the reader can check it. */
  checkAt?: string | undefined;
}

/** The footer a LegalFact shows under its text. */
export interface LegalFactFooter {
  /** «Основание: …». */
  source: string;
  /** The as-of date, YYYY-MM-DD, for a <time datetime>. */
  asOf: string;
  /** The as-of date as people read it: 30.11.2026. */
  asOfText: string;
  /** Sentences telling the reader how to check the fact, or an empty list. */
  checks: string[];
}

/**
 * Checks a legal fact's attributes and builds its footer; throws a message naming the source when the date
 * is malformed or later than the site-wide facts check (a page may not claim a newer check than the site).
 */
export function legalFactFooter(input: LegalFactInput, factsChecked: string = LEGAL_FACTS_CHECKED): LegalFactFooter {
  const source = input.source.trim();
  if (!source) throw new Error('LegalFact: source is empty');
  const date = dayFromIso(input.asOf);
  if (date === null) throw new Error(`LegalFact: asOf "${input.asOf}" is not a YYYY-MM-DD date (source: ${source})`);
  if (input.asOf > factsChecked)
    throw new Error(
      `LegalFact: asOf ${input.asOf} is after the site's facts check ${factsChecked} (source: ${source})`,
    );
  const checks: string[] = [];
  const where = input.checkAt?.trim();
  if (input.checkAt !== undefined && !where) throw new Error(`LegalFact: checkAt is empty (source: ${source})`);
  if (where) checks.push(`Где сверить: ${where}.`);
  if (input.checkEdition) checks.push(MARK_NOTES.L);
  return { source, asOf: input.asOf, asOfText: formatDay(date), checks };
}
