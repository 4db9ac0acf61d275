/**
 * The internal addresses the claim calculator writes. Until src/lib/site/routes.ts is on main, they are
 * built here in one place; then routes.claim() and routes.documents('claim') replace these two functions.
 */

/** The claim calculator with a query. */
export const claimPath = (query: string): string => `/claim/${query ? `?${query}` : ''}`;

/** The claim letter (претензия) of the documents tool, with the calculation's query. */
export const claimLetterPath = (query: string): string => `/documents/claim/${query ? `?${query}` : ''}`;
