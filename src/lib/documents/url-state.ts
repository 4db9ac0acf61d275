/**
 * The documents page's URL: `doc` picks the document; the debt and its dates come with the claim
 * calculator's parameter names (debt, due, inv, to, pay, kind, penalty, cap, moratorium, debtor, claimSent,
 * rate) and the instalment schedule with the payment calculator's (mode, amount, down/downPct, n, every,
 * start, rate, method), so a link from either tool opens a document already holding its numbers. `rate`
 * means the calculator's interest for `doc=installment` and a user-added key rate otherwise. Names,
 * ИНН, addresses and accounts are never read from or written to the URL (see stored-state.ts).
 */
import { parseIsoDate } from '../format/date';
import { parseMoney } from '../money/kopecks';
import { PARTY_KINDS, type DebtFacts, type DebtLine, type PartyKind, type PaymentLine } from './inputs';
import { DOC_IDS, type DocId } from './model';

/** The claim calculator's parameters, passed on as they are. */
export const CLAIM_PARAMS = [
  'debt',
  'due',
  'inv',
  'to',
  'pay',
  'kind',
  'penalty',
  'cap',
  'moratorium',
  'debtor',
  'claimSent',
  'rate',
] as const;
/** The payment calculator's parameters, passed on as they are. */
export const CALC_PARAMS = ['mode', 'amount', 'down', 'downPct', 'n', 'every', 'start', 'rate', 'method'] as const;

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
  problems: UrlProblem[];
}

/** «2026-10-15:60000» → a date and kopecks; null when either part cannot be read. */
export function parseDatedAmount(value: string): { date: Date; amount: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2}):(.+)$/.exec(value.trim());
  if (!m) return null;
  const date = parseIsoDate(m[1] ?? '');
  const amount = parseMoney(m[2] ?? '', { allowZero: true });
  return date && amount.ok && amount.value > 0 ? { date, amount: amount.value } : null;
}

/** Read the URL's query; never throws. `today` is the end date when the URL has no `to`. */
export function readDocUrl(params: URLSearchParams, today: Date): DocUrl {
  const problems = new Set<UrlProblem>();
  const docParam = params.get('doc');
  const doc = (DOC_IDS as readonly string[]).includes(docParam ?? '') ? (docParam as DocId) : 'claim';
  if (docParam !== null && doc !== docParam) problems.add('unknown-doc');

  const invoices: DebtLine[] = [];
  const debtParam = params.get('debt');
  const dueParam = params.get('due');
  if (debtParam !== null || dueParam !== null) {
    const amount = parseMoney(debtParam ?? '', { allowZero: true });
    const due = parseIsoDate(dueParam ?? '');
    if (amount.ok && amount.value > 0 && due) invoices.push({ due, amount: amount.value });
    else problems.add('bad-debt');
  }
  for (const v of params.getAll('inv')) {
    const line = parseDatedAmount(v);
    if (line) invoices.push({ due: line.date, amount: line.amount });
    else problems.add('bad-line');
  }
  const payments: PaymentLine[] = [];
  for (const v of params.getAll('pay')) {
    const line = parseDatedAmount(v);
    if (line) payments.push(line);
    else problems.add('bad-line');
  }
  const date = (name: string): Date | null => {
    const v = params.get(name);
    if (v === null) return null;
    const d = parseIsoDate(v);
    if (!d) problems.add('bad-date');
    return d;
  };
  const to = date('to') ?? today;
  const claimSent = date('claimSent');
  const debt = invoices.length > 0 ? { invoices, payments, to, claimSent } : null;

  const debtorParam = params.get('debtor');
  const debtorKind = (PARTY_KINDS as readonly string[]).includes(debtorParam ?? '') ? (debtorParam as PartyKind) : null;

  const hasSchedule = doc === 'installment' && params.has('amount');
  return { doc, debt, debtorKind, hasSchedule, problems: [...problems] };
}

/** The same query with another document chosen; only the tools' own parameters are kept. */
export function withDoc(params: URLSearchParams, doc: DocId): URLSearchParams {
  const out = new URLSearchParams();
  out.set('doc', doc);
  const keep = new Set<string>([...CLAIM_PARAMS, ...CALC_PARAMS]);
  for (const [k, v] of params) if (keep.has(k)) out.append(k, v);
  return out;
}

/** The query to reopen the payment calculator with this URL's schedule. */
export function calculatorParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of CALC_PARAMS) for (const v of params.getAll(k)) out.append(k, v);
  return out;
}
