/**
 * What the documents are built from: the two parties and the case (typed by the user, kept in this
 * browser — stored-state.ts), the debt and its dates (from the URL — url-state.ts), and the calculators'
 * results. Every text field may be empty: a document then shows a blank to fill in by hand.
 */
import type { InstallmentInput, Schedule } from '../calculator/schedule';
import type { Decliner } from './names';
import type { ClaimResult } from '../claim/result';
import type { Day } from '../date/day';
import type { Block } from './model';

/** Who a party is; the same words as the claim calculator's `debtor`. */
export const PARTY_KINDS = ['company', 'ip', 'person'] as const;
/** One of PARTY_KINDS: an organisation, a sole trader (ИП) or a private person. */
export type PartyKind = (typeof PARTY_KINDS)[number];

/** Bank details of a party. */
interface BankDetails {
  /** Расчётный счёт, 20 digits. */
  account: string;
  /** The bank's name: «ПАО Сбербанк». */
  bank: string;
  bik: string;
  /** Корреспондентский счёт. */
  corr: string;
}

/**
 * How a citizen is identified in a court paper (ГПК РФ ст. 124 ч. 2): СНИЛС, ИНН (the party's `inn`),
 * passport series and number, ОГРНИП, driving licence, vehicle registration certificate; `unknown` — the
 * creditor does not know the debtor's, and the application says so; '' — not chosen yet.
 */
export const ID_KINDS = ['snils', 'inn', 'passport', 'ogrnip', 'licence', 'vehicle', 'unknown'] as const;
/** One of ID_KINDS, or '' before one is chosen. */
export type IdKind = (typeof ID_KINDS)[number] | '';

/** A party to the debt: the user (creditor) or the client (debtor). */
export interface Party {
  kind: PartyKind;
  /** «ООО «Ромашка»», «ИП Петров Пётр Петрович», «Сидоров Сергей Сергеевич». */
  name: string;
  inn: string;
  /** ОГРН for a company, ОГРНИП for an ИП; empty for a private person. */
  ogrn: string;
  address: string;
  /** The signer's position (a company); an ИП or a person signs for themselves. */
  position: string;
  /** The signer's full name, surname first: «Иванов Иван Иванович». */
  signer: string;
  email: string;
  phone: string;
  bank: BankDetails;
  /** A citizen's or an ИП's date of birth, YYYY-MM-DD (personal data: kept in this browser only). */
  birthDate: string;
  /** A citizen's or an ИП's place of birth, as in the passport. */
  birthPlace: string;
  /** A private-person debtor's place of work, when known. */
  workPlace: string;
  /** A private person's identifier: its kind… */
  idKind: IdKind;
  /** …and its series and number (for `inn` the party's `inn` is used; none for `unknown`). */
  idNumber: string;
}

/** The case: the contract and the documents behind the debt. */
export interface CaseDetails {
  /** Contract number, as written on it. */
  contractNo: string;
  /** Contract date, YYYY-MM-DD. */
  contractDate: string;
  /** What the contract is for, in the instrumental/prepositional-free form «оказание услуг по …». */
  subject: string;
  /** Invoices and acts, one per line: «акт № 15 от 05.10.2026». */
  documents: string;
  /** The whole «Кому» line written by hand, when the automatic dative is not right. */
  addressee: string;
  /** Days the claim letter gives to pay. */
  payDays: string;
  /** The date the debtor promises to pay by (the guarantee letter), YYYY-MM-DD. */
  promiseDate: string;
  /** The court's name: «Арбитражный суд города Москвы», «судебный участок № 5 Басманного района г. Москвы». */
  court: string;
  /** The court's address. */
  courtAddress: string;
  /** The case number the court gave: «А56-12345/2026», «2-1234/2026». */
  caseNo: string;
  /** The judgment's date, YYYY-MM-DD. */
  judgmentDate: string;
  /** The day the judgment took effect, YYYY-MM-DD. */
  judgmentInForce: string;
  /** What is presented for enforcement: a writ (`writ`) or a court order (`order`); '' not chosen yet. */
  writKind: string;
  /** The writ's series and number, or the court order's case number. */
  writNo: string;
  /** The writ's or the order's date, YYYY-MM-DD. */
  writDate: string;
  /** The bailiffs' department (name and address), as typed. */
  bailiffs: string;
  /** «yes» when the application to the bailiffs asks to seize the debtor's property. */
  fsspArrest: string;
  /** «yes» when it asks to restrict the debtor's travel abroad (offered only where the law allows). */
  fsspTravel: string;
  /** A representative who signs for the creditor: full name, surname first. */
  repName: string;
  /** The representative's power of attorney: «№ 5 от 01.12.2026». */
  repPoa: string;
  /** The day the court order was cancelled, YYYY-MM-DD (the claim link's `orderCancelled` when empty). */
  orderCancelled: string;
  /** The duty paid for the cancelled order, as typed in rubles. */
  orderDuty: string;
}

/** An invoice's number and date as typed (kept in this browser; matched to the link's invoices by order). */
export interface InvoiceFact {
  no: string;
  /** YYYY-MM-DD. */
  date: string;
}

/** One invoice's part of the debt: the amount and the last day to pay it (from the link), and what was typed about it. */
export interface DebtLine {
  due: Day;
  amount: number;
  fact?: InvoiceFact | undefined;
}

/** A payment the debtor made. */
export interface PaymentLine {
  date: Day;
  amount: number;
}

/** The debt as the claim calculator's URL gives it (amounts in kopecks). */
export interface DebtFacts {
  invoices: readonly DebtLine[];
  payments: readonly PaymentLine[];
  /** The day the debt is counted to (the URL's `to`, else today). */
  to: Day;
  /** The date the claim letter was sent, when it was. */
  claimSent: Day | null;
  /** The day a court order for the debt was cancelled (the claim link's `orderCancelled`), when the link says. */
  orderCancelled?: Day | null;
}

/** One line of a reconciliation act: a document that raised the debt or a payment that lowered it. */
export interface ReconLine {
  /** YYYY-MM-DD. */
  date: string;
  /** «Акт № 15», «Платёжное поручение № 301». */
  doc: string;
  /** Kopecks. */
  amount: number;
  side: 'debit' | 'credit';
}

/**
 * The claim calculator's result for the link (src/lib/claim) with the documents' writing of it, which comes
 * with it (claim-url.ts, claim-table.ts) so that the page's first load carries neither.
 */
export type ClaimFigures = ClaimResult & {
  /** The calculation as a table; the debt's invoices name the rows when there are several. */
  table: (debt: DebtFacts | null) => Extract<Block, { kind: 'table' }>;
  /** What to check before sending it, for above the preview. */
  warnings: readonly string[];
};

/** Everything a document builder gets. */
export interface DocInput {
  today: Day;
  me: Party;
  debtor: Party;
  details: CaseDetails;
  debt: DebtFacts | null;
  /** The claim calculator's result for the same URL, or null without one. */
  claim: ClaimFigures | null;
  installment: { input: InstallmentInput; schedule: Schedule } | null;
  recon: { opening: number; from: string; to: string; lines: readonly ReconLine[] };
  /** The surname declension, once loaded. */
  decline?: Decliner;
}

/** An empty party of a kind. */
export function emptyParty(kind: PartyKind): Party {
  return {
    kind,
    name: '',
    inn: '',
    ogrn: '',
    address: '',
    position: '',
    signer: '',
    email: '',
    phone: '',
    bank: { account: '', bank: '', bik: '', corr: '' },
    birthDate: '',
    birthPlace: '',
    workPlace: '',
    idKind: '',
    idNumber: '',
  };
}

/** An empty case. */
export function emptyDetails(): CaseDetails {
  return {
    contractNo: '',
    contractDate: '',
    subject: '',
    documents: '',
    addressee: '',
    payDays: '10',
    promiseDate: '',
    court: '',
    courtAddress: '',
    caseNo: '',
    judgmentDate: '',
    judgmentInForce: '',
    writKind: '',
    writNo: '',
    writDate: '',
    bailiffs: '',
    fsspArrest: '',
    fsspTravel: '',
    repName: '',
    repPoa: '',
    orderCancelled: '',
    orderDuty: '',
  };
}
