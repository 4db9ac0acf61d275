/**
 * The documents page's URL: `doc` picks the document (doc-param.ts); the debt and its dates come in the claim
 * calculator's parameters and the instalment schedule in the payment calculator's, read and named by those
 * tools' own URL modules (src/lib/claim/url-state.ts, src/lib/calculator/url-params.ts), so a link from either
 * tool opens a document already holding its numbers. Loaded by the page only when the address holds such
 * parameters. Names, ИНН, addresses and accounts are never read from or written to the URL (see stored-state.ts).
 */
import { dayFromInput, isoFromDay, type Day } from '../date/day';
import { MAX_KOPECKS, parseMoney } from '../money/kopecks';
import { CALC_PARAMS, calculatorParams, hasSchedule as holdsSchedule } from '../calculator/url-params';
import { CLAIM_PARAMS, fromSearchParams } from '../claim/url-state';
import { readDocParam } from './doc-param';
import { type DebtFacts, type DebtLine, type PartyKind, type PaymentLine } from './inputs';
import { DOCS, type DocId } from './catalog';

/** What the URL could not give, for a notice above the form. */
export type UrlProblem = 'unknown-doc' | 'bad-debt' | 'bad-line' | 'bad-date' | 'bad-schedule';

/** What a documents URL holds. */
export interface DocUrl {
  doc: DocId;
  /** The debt from the claim calculator's parameters, or null when the URL has none. */
  debt: DebtFacts | null;
  /** The URL's `debtor`, when it names one. */
  debtorKind: PartyKind | null;
  /** Whether the URL carries a payment calculator's schedule (doc=installment with `amount`): read it with installment-url.ts. */
  hasSchedule: boolean;
  /** The payment calculator's own parameters in the URL, to link back to it ("" without any). */
  calculatorQuery: string;
  problems: UrlProblem[];
}

/** A typed amount (kopecks, above zero) and date, as the claim calculator's form holds them; null when either is not. */
function datedAmount(date: string, amount: string): { date: Day; amount: number } | null {
  const day = dayFromInput(date);
  const money = parseMoney(amount, { allowZero: true });
  return day !== null && money.ok && money.value > 0 ? { date: day, amount: money.value } : null;
}

/** Read the URL's query; never throws. `today` is the end date when the URL has no `to`. */
export function readDocUrl(params: URLSearchParams, today: Day): DocUrl {
  const problems = new Set<UrlProblem>();
  const { doc, unknown } = readDocParam(params);
  if (unknown) problems.add('unknown-doc');

  const claim = fromSearchParams(params, isoFromDay(today));
  const { state } = claim;
  const invoices: DebtLine[] = [];
  if (claim.fromUrl.includes('debt') || claim.fromUrl.includes('due')) {
    const first = datedAmount(state.due, state.debt);
    if (first) invoices.push({ due: first.date, amount: first.amount });
    else problems.add('bad-debt');
  }
  for (const inv of state.invoices) {
    const line = datedAmount(inv.due, inv.amount);
    if (line) invoices.push({ due: line.date, amount: line.amount });
    else problems.add('bad-line');
  }
  // A payment may name the invoice it pays (pay=…:2); the documents state the debt left, whichever it paid.
  const payments: PaymentLine[] = [];
  for (const pay of state.payments) {
    const line = datedAmount(pay.date, pay.amount);
    if (line) payments.push(line);
    else problems.add('bad-line');
  }
  if (Object.keys(claim.problems).some((k) => k.startsWith('inv.') || k.startsWith('pay.'))) problems.add('bad-line');
  const date = (value: string): Day | null => {
    const d = dayFromInput(value);
    if (d === null) problems.add('bad-date');
    return d;
  };
  const to = date(state.to) ?? today;
  const claimSent = state.claimSent.trim() ? date(state.claimSent) : null;
  const orderCancelled = state.orderCancelled.trim() ? date(state.orderCancelled) : null;
  // Invoices adding up beyond the site's one amount limit are refused here, with the debt's notice (the page's first
  // load has no room for a notice of their own; the claim calculator names the limit), not put into text.
  const owed = invoices.reduce((s, l) => s + l.amount, 0);
  if (owed > MAX_KOPECKS) problems.add('bad-debt');
  const debt =
    invoices.length > 0 && owed <= MAX_KOPECKS ? { invoices, payments, to, claimSent, orderCancelled } : null;

  // The claim calculator's debtor kinds are the documents' party kinds (company, ip, person).
  const debtorKind: PartyKind | null = claim.fromUrl.includes('debtor') && !claim.problems.debtor ? state.debtor : null;

  const hasSchedule = DOCS[doc].needs === 'payment-schedule' && holdsSchedule(params);
  const calculatorQuery = calculatorParams(params).toString();
  return { doc, debt, debtorKind, hasSchedule, calculatorQuery, problems: [...problems] };
}

/** The same query with another document chosen; only the tools' own parameters are kept. */
export function withDoc(params: URLSearchParams, doc: DocId): URLSearchParams {
  const out = new URLSearchParams();
  out.set('doc', doc);
  const keep = new Set<string>([...CLAIM_PARAMS, ...CALC_PARAMS]);
  for (const [k, v] of params) if (keep.has(k)) out.append(k, v);
  return out;
}

/** The claim calculator's part of a documents query (what a case keeps as its calculation). */
export function claimQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  const keep = new Set<string>(CLAIM_PARAMS);
  for (const [k, v] of params) if (keep.has(k)) out.append(k, v);
  return out.toString();
}

/** The day a documents query counts the interest to, when it names one (the claim calculator's reader reads it). */
export const countedTo = (params: URLSearchParams): Day | null => dayFromInput(fromSearchParams(params, '').state.to);
