/**
 * Checklist item types shared by the page, the island and search. Type-only and tiny, so the island can
 * import them without pulling the content schema (zod) into the browser.
 */

/** Ids the rest of the site links to (`/checklist/?now=…`, `#id`): they must exist and never be renamed. */
export const REQUIRED_ITEM_IDS = [
  'gather-contract',
  'gather-invoices',
  'gather-acts',
  'gather-correspondence',
  'know-amount-date',
  'find-reason',
  'listen',
  'remind-terms',
  'offer-options',
  'agree-date',
  'confirm-writing',
  'log-contact',
  'set-next-step',
  'reminder-letter',
  'claim-letter',
  'lawyer-or-agency',
  'court',
] as const;

/** A link from an item to the guide section that explains it. */
interface GuideLink {
  /** Root-relative URL with the section's #anchor. */
  href: string;
  /** Link text: the section's heading or a short name for it. */
  label: string;
}

/** One thing to do, as shown on /checklist/ (with its phase, for search and print). */
export interface ChecklistItem {
  /** Stable id: progress is stored by it and it is the element's id on the page. */
  id: string;
  /** What to do, imperative and short. */
  title: string;
  /** One or two sentences on how and why. */
  hint: string;
  /** Where the guide explains it. */
  guide: GuideLink;
  /** The id of the phase the item belongs to. */
  phase: string;
  /** The phase's title, e.g. «После разговора». */
  phaseTitle: string;
}

/** A phase of the checklist with its items in order. */
export interface ChecklistPhase {
  /** Stable id, used as the section's anchor. */
  id: string;
  /** Heading, e.g. «До разговора». */
  title: string;
  /** One sentence under the heading. */
  intro: string;
  /** The phase's items in order. */
  items: readonly ChecklistItem[];
}
