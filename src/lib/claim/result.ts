/**
 * The claim calculation's input and result types. The documents (claim letter, court-order application)
 * import these: every amount is integer kopecks, every date ISO YYYY-MM-DD.
 */
import type { Mark } from '../legal/marks';

/** What is charged: interest under ГК РФ ст. 395 or the contractual penalty (неустойка). */
export type ChargeKind = '395' | 'penalty';
/** Who the debtor is: it decides the court. */
export type DebtorKind = 'company' | 'ip' | 'person';
/** The 2022 moratorium: by the due date (auto), or forced on or off. */
export type MoratoriumMode = 'auto' | 'on' | 'off';

/** One invoice (or the single debt): its amount and the last day the client had to pay. */
export interface Invoice {
  amount: number;
  due: string;
}

/** A partial payment; `invoice` (0-based) when the payment named the invoice it pays. */
export interface Payment {
  date: string;
  amount: number;
  invoice?: number | undefined;
}

/** Where a rate comes from: the site's table (read in the Bank of Russia's own source, or secondary), or the user. */
export type RateSource = 'confirmed' | 'secondary' | 'user';

/** Everything the calculation needs, already checked (see input-check.ts). */
export interface ClaimInput {
  invoices: readonly Invoice[];
  /** The last day counted (inclusive). */
  to: string;
  payments: readonly Payment[];
  kind: ChargeKind;
  /** Penalty per day in ten-thousandths of a percent (0,1 % → 1000); used when kind is 'penalty'. */
  penaltyPerDay: number;
  /** Optional cap of the penalty, in hundredths of a percent of the invoice amount (10 % → 1000). */
  capBp: number | null;
  moratorium: MoratoriumMode;
  debtor: DebtorKind;
  /** The day the claim letter was sent, if it was. */
  claimSent: string | null;
  /** Key rates added by the user after the table's last date, oldest first. */
  userRates: readonly { from: string; bp: number }[];
  /** ГК РФ ст. 193: a due date on a non-working day moves to the next working day. Default (absent): true. */
  workdays?: boolean | undefined;
  /** Limitation while the court acts (ГК РФ ст. 204): the days the court-order application, its cancellation, the suit. */
  court?: CourtDates | undefined;
}

/** The court dates the user gave, ISO; null when not given. */
export interface CourtDates {
  orderFiled: string | null;
  orderCancelled: string | null;
  suitFiled: string | null;
}

/** One line of the calculation table, as a court writes it. */
export interface ClaimRow {
  /** Which invoice (0-based) the row belongs to. */
  invoice: number;
  from: string;
  to: string;
  days: number;
  /** The debt during the period, kopecks. */
  debt: number;
  /** The rate as a number of percent: 16 (per year) for ст. 395, 0.1 (per day) for a penalty; 0 in the moratorium. */
  rate: number;
  /** Days in the period's year for ст. 395 (365 or 366); null for a penalty and the moratorium. */
  yearDays: 365 | 366 | null;
  /** Where the period's key rate comes from; null for a penalty and the moratorium. */
  rateSource: RateSource | null;
  /** True for days of the 2022 moratorium: nothing is charged. */
  moratorium: boolean;
  /** True when the penalty cap cut this row's amount. */
  capped: boolean;
  /** The formula in Russian: «100 000,00 × 13 × 16 % / 366». */
  formula: string;
  /** The row's sum, kopecks, rounded half up. */
  amount: number;
}

/** How one payment was applied. */
export interface PaymentUse {
  /** Index in the input's payments. */
  payment: number;
  /** Kopecks applied to each invoice, in the order applied. */
  parts: { invoice: number; amount: number }[];
  /** Kopecks left over once every invoice is paid. */
  over: number;
  /** True when the payment is after the end date and is left out of this calculation. */
  afterEnd: boolean;
}

/** One procedure of the court route, with its duty. */
export interface RouteOption {
  procedure: 'order' | 'simplified' | 'claim';
  /** Whether the claim amount is within this procedure's limit. */
  fits: boolean;
  /** The procedure's limit, kopecks; null when there is none. */
  limit: number | null;
  /** The article that sets the procedure and its limit. */
  article: string;
  /** The state duty in whole rubles, as kopecks (a multiple of 100). */
  duty: number;
  /** The article the duty comes from. */
  dutyArticle: string;
  /** How sure the facts file is of the limit: 'C' stated, 'C2' say where to check, 'L' «проверьте действующую редакцию». */
  mark: Mark;
  /** How sure the facts file is of the duty figure, as `mark`. */
  dutyMark: Mark;
}

/** Which court and procedure fit the whole claim amount. */
export interface Route {
  court: 'arbitration' | 'general';
  /** The claim amount (цена иска): debt left plus interest or penalty, kopecks. */
  claimAmount: number;
  /** The first procedure that fits (a court order where it fits, else simplified, else an ordinary claim). */
  procedure: RouteOption['procedure'];
  options: RouteOption[];
}

/** A date the user has to keep, with one line on how it was counted. */
export interface Deadline {
  /** ISO date, or null when it cannot be counted yet (e.g. the claim letter has not been sent). */
  date: string | null;
  /** One Russian sentence: how the date was counted. */
  how: string;
  /** The limitation's stop while the court acted: from the application to the order's cancellation (null: not yet). */
  stop?: { from: string; to: string | null; extended: boolean } | undefined;
}

/** The whole result. */
export interface ClaimResult {
  kind: ChargeKind;
  rows: ClaimRow[];
  /** Per invoice: the debt left at the end date and the interest (penalty) charged, kopecks. */
  invoices: {
    amount: number;
    due: string;
    /** The due date after ГК РФ ст. 193 (the next working day when `due` is not one); `due` when it is, or with the shift off. */
    payBy: string;
    debtLeft: number;
    interest: number;
    moratorium: boolean;
  }[];
  payments: PaymentUse[];
  totals: {
    /** Sum of the invoices, kopecks. */
    principal: number;
    /** Payments counted (up to the end date), kopecks. */
    paid: number;
    /** Interest or penalty: the sum of the rows. */
    interest: number;
    debtLeft: number;
    /** debtLeft + interest: the claim amount. */
    claim: number;
    /** Payments beyond the whole debt, kopecks. */
    overpayment: number;
  };
  /** What the key rates used rest on: secondary-source rates, user rates, days past the table's last row. */
  rates: {
    secondaryUsed: boolean;
    userUsed: boolean;
    /** The table's last row date when days after it use that row's rate (and no user rate), else null. */
    beyondTableFrom: string | null;
  };
  route: Route;
  deadlines: {
    /** The earliest day to go to court after the claim letter. */
    suit: Deadline;
    /** The end of the limitation period for the earliest invoice. */
    limitation: Deadline;
  };
}
