/**
 * The payment calculator's URL parameter names and the small helpers other pages use to link into it. With
 * url-state.ts (the whole form's reader and writer) the one owner of this URL format; kept apart so the tree and
 * the documents page can name and link the calculator without loading its form reader.
 */
import { toUrl } from '../money/kopecks';
import type { Mode } from './url-state';

/** Every parameter of the calculator's URL. */
export const CALC_PARAMS = [
  'mode',
  'amount',
  'down',
  'downPct',
  'n',
  'every',
  'start',
  'interest',
  'method',
  'discount',
  'discountPct',
  'discountDays',
  'dueDays',
  'keyRate',
] as const;
/** The field names of a form that opens the calculator in a mode with an amount (a plan's form). */
export const MODE_FORM = { mode: 'mode', amount: 'amount' } as const satisfies Record<
  string,
  (typeof CALC_PARAMS)[number]
>;
/** The interest's old name; its values without a colon are the calculator's (see the module comment). */
const OLD_INTEREST = 'rate';
export const oldInterest = (params: URLSearchParams): string[] =>
  params.getAll(OLD_INTEREST).filter((v) => !v.includes(':'));

/** The query of a link opening the calculator in a mode, with the debt when it is known (kopecks). */
export function modeQuery(mode: Mode, kopecks: number | null): string {
  const p = new URLSearchParams({ mode });
  if (kopecks !== null && Number.isInteger(kopecks) && kopecks > 0) p.set('amount', toUrl(kopecks));
  return p.toString();
}

/** The calculator's parameters out of another page's query (the documents page's), old interest name renamed. */
export function calculatorParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of CALC_PARAMS) for (const v of params.getAll(k)) out.append(k, v);
  if (!params.has('interest')) for (const v of oldInterest(params)) out.append('interest', v);
  return out;
}

/** Whether a query holds an instalment schedule to read (an amount to spread). */
export const hasSchedule = (params: URLSearchParams): boolean => params.has('amount');
