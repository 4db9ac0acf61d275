/** The date the site's legal facts were last checked against their sources (see docs/legal-facts.md). */
export const LEGAL_FACTS_CHECKED = '2026-12-06';
