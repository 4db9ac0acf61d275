/** The internal addresses the claim calculator writes, through the site's routes (base-aware). */
import { routes } from '../../lib/site/routes';

/** The claim calculator with a query. */
export const claimPath = (query: string): string => routes.claim() + (query ? `?${query}` : '');

/** The claim letter (претензия) of the documents tool, with the calculation's query. */
export const claimLetterPath = (query: string): string => routes.documents('claim') + (query ? `&${query}` : '');
