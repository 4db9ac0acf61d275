/**
 * The confidence marks of docs/legal-facts.md and the words a reader sees after a figure so marked — one
 * wording for the whole site (the claim calculator's court route, the documents' notes, a guide's LegalFact).
 */

/** [C] read in the source; [C2] known from secondary sources only (say where to check); [L] check the current wording. */
export type Mark = 'C' | 'C2' | 'L';

/** The sentence shown after a figure by its mark; none for [C]. */
export const MARK_NOTES: Readonly<Record<Mark, string>> = {
  C: '',
  C2: 'Сверьте с действующей редакцией закона на официальном портале правовой информации pravo.gov.ru.',
  L: 'Проверьте действующую редакцию.',
};

/**
 * The one check sentence a block of text needs for the marks of the facts it states, said once as the block's
 * last sentence (issue 21): [C2]'s where-to-check when any fact is [C2] — checking the current wording on the
 * official portal covers an [L] fact too — else [L]'s, else none.
 */
export function blockCheck(marks: Iterable<Mark>): string {
  const all = new Set(marks);
  if (all.has('C2')) return MARK_NOTES.C2;
  return all.has('L') ? MARK_NOTES.L : '';
}
