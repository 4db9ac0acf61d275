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
