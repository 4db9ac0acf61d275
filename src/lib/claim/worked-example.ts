/** The worked example on the page (for readers without JavaScript too), computed by the same code. */
import { calculateClaim } from './calculate';
import { formatRub } from '../money/kopecks';
import { formatIsoNumeric as ru } from '../date/day';
import { toSearchParams, defaultState } from './url-state';
import { PROCEDURE_NAMES } from './result-messages';
import type { ClaimInput } from './result';

/** The example: 250 000 ₽ due 10.03.2025, 100 000 ₽ paid on 20.06.2025, counted to 30.09.2025, a company. */
export const EXAMPLE_INPUT: ClaimInput = {
  invoices: [{ amount: 250_000_00, due: '2025-03-10' }],
  to: '2025-09-30',
  payments: [{ date: '2025-06-20', amount: 100_000_00 }],
  kind: '395',
  penaltyPerDay: 0,
  capBp: null,
  moratorium: 'auto',
  debtor: 'company',
  claimSent: '2025-08-01',
  userRates: [],
};

const bare = (kopecks: number) => formatRub(kopecks).replace(/\u00a0₽$/, '');

/** The example's rows and sums, formatted for the page, and its query for the calculator. */
export function workedExample() {
  const r = calculateClaim(EXAMPLE_INPUT);
  const fit = r.route.options.find((o) => o.procedure === r.route.procedure);
  const state = {
    ...defaultState(EXAMPLE_INPUT.to),
    debt: '250000',
    due: '2025-03-10',
    payments: [{ date: '2025-06-20', amount: '100000', invoice: '' }],
    claimSent: '2025-08-01',
  };
  return {
    rows: r.rows.map((x) => ({
      period: `${ru(x.from)}–${ru(x.to)}`,
      days: String(x.days),
      debt: bare(x.debt),
      rate: `${String(x.rate).replace('.', ',')}\u00a0%`,
      yearDays: String(x.yearDays ?? '—'),
      formula: x.formula,
      amount: bare(x.amount),
    })),
    interest: formatRub(r.totals.interest),
    debtLeft: formatRub(r.totals.debtLeft),
    claim: formatRub(r.totals.claim),
    procedure: fit ? PROCEDURE_NAMES[fit.procedure] : '',
    duty: fit ? formatRub(fit.duty) : '',
    dutyArticle: fit?.dutyArticle ?? '',
    suit: r.deadlines.suit,
    limitation: r.deadlines.limitation,
    query: toSearchParams(state).toString(),
  };
}
