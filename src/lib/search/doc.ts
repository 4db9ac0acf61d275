/**
 * One findable piece of advice. Every part of the site that has advice (guide sections, decision-tree
 * outcomes, checklist items) turns its content into these; the search index is built from them.
 */
export interface SearchDoc {
  /** Stable, unique id, prefixed by kind: "guide:sud#госпошлина", "outcome:claim-letter", "check:find-reason". */
  id: string;
  /** Which part of the site it comes from ('tool': a calculator page). */
  kind: 'guide' | 'outcome' | 'checklist' | 'tool';
  /** Root-relative deep link, with #anchor where there is one. */
  url: string;
  /** The result's title: the section heading, outcome title or checklist item. */
  title: string;
  /** Where it sits, shown under the title: "Гайд › Суд", "План действий", "Чек-лист › После разговора". */
  context: string;
  /** Plain text to search and to cut snippets from (no markup). */
  text: string;
  /** Extra words people may search for. */
  keywords?: readonly string[];
}
