/**
 * Which procedure a claim may take, by court and debtor: the upper limits of the whole claim amount (цена иска,
 * interest and penalty included), each with its article and mark — from docs/legal-facts.md, «Court routes by
 * amount». The claim calculator routes by them, the documents and their notes state them, and
 * tests/content/legal-figures.test.ts checks every page, plan and document that states one against them.
 */
import type { Mark } from './marks';

/** Kopecks in a ruble: every amount here is in kopecks, as the money module counts. */
const RUB = 100;

/** A procedure with an upper limit of the claim amount, kopecks; the article that sets it, and its mark. */
interface AmountLimit {
  limit: number;
  article: string;
  mark: Mark;
}

/** The ordinary suit: any amount; the articles it rests on, and their mark. */
interface AnyAmount {
  limit: null;
  article: string;
  mark: Mark;
}

/** The procedures of each court: arbitration (АПК РФ) for companies and ИП, general courts (ГПК РФ) for private persons. */
export interface CourtLimits {
  arbitration: {
    order: AmountLimit;
    simplifiedCompany: AmountLimit;
    simplifiedIp: AmountLimit;
    claim: AnyAmount;
  };
  general: {
    order: AmountLimit;
    simplified: AmountLimit;
    claim: AnyAmount;
  };
}

/** Arbitration, court order: documented contract debts. */
export const ARBITRATION_ORDER: AmountLimit = {
  limit: 750_000 * RUB,
  article: 'АПК РФ ст. 229.2 (в ред. 667-ФЗ от 25.12.2023)',
  mark: 'L',
};
/** Arbitration, simplified procedure, the defendant a legal entity. */
const ARBITRATION_SIMPLIFIED_COMPANY: AmountLimit = {
  limit: 1_200_000 * RUB,
  article: 'АПК РФ ст. 227 ч. 1 п. 1 (в ред. 667-ФЗ от 25.12.2023)',
  mark: 'C',
};
/** Arbitration, simplified procedure, the defendant an ИП. */
const ARBITRATION_SIMPLIFIED_IP: AmountLimit = {
  limit: 600_000 * RUB,
  article: 'АПК РФ ст. 227 ч. 1 п. 1 (в ред. 667-ФЗ от 25.12.2023)',
  mark: 'C',
};
/** General courts, court order. */
export const GENERAL_ORDER: AmountLimit = { limit: 500_000 * RUB, article: 'ГПК РФ ст. 121', mark: 'C' };
/** General courts, simplified procedure (from 01.09.2024). */
const GENERAL_SIMPLIFIED: AmountLimit = {
  limit: 250_000 * RUB,
  article: 'ГПК РФ ст. 232.2 ч. 1 (в ред. 135-ФЗ от 12.06.2024)',
  mark: 'C',
};

/** The procedures' limits as of the facts check (src/lib/legal/facts-date.ts). */
export const COURT_LIMITS: CourtLimits = {
  arbitration: {
    order: ARBITRATION_ORDER,
    simplifiedCompany: ARBITRATION_SIMPLIFIED_COMPANY,
    simplifiedIp: ARBITRATION_SIMPLIFIED_IP,
    claim: { limit: null, article: 'АПК РФ ст. 4 ч. 5, ст. 103 ч. 1', mark: 'C' },
  },
  general: {
    order: GENERAL_ORDER,
    simplified: GENERAL_SIMPLIFIED,
    claim: { limit: null, article: 'ГПК РФ ст. 91', mark: 'L' },
  },
};

/** An article and its mark, for a rule with no amount in it. */
interface Rule {
  article: string;
  mark: Mark;
}

/**
 * Simplified procedure at any amount when the debt is documented or acknowledged (and does not belong in a court
 * order): arbitration — АПК РФ ст. 227 ч. 2 п. 1, general courts — ГПК РФ ст. 232.2 ч. 1 п. 3; both [C2].
 */
export const SIMPLIFIED_DOCUMENTED: { arbitration: Rule; general: Rule } = {
  arbitration: { article: 'АПК РФ ст. 227 ч. 2 п. 1', mark: 'C2' },
  general: { article: 'ГПК РФ ст. 232.2 ч. 1 п. 3', mark: 'C2' },
};

/**
 * Which court of general jurisdiction hears a private person's debt: a court order — a magistrate (ГПК РФ ст. 23
 * ч. 1 п. 1, [C2]); a money suit — a magistrate up to `MAGISTRATE_SUIT.limit`, above it the district court
 * (ст. 23 ч. 1 п. 5 in the wording of 135-ФЗ, ст. 24, [L]).
 */
export const MAGISTRATE_ORDER: Rule = { article: 'ГПК РФ ст. 23 ч. 1 п. 1', mark: 'C2' };
export const MAGISTRATE_SUIT: AmountLimit = {
  limit: 100_000 * RUB,
  article: 'ГПК РФ ст. 23 ч. 1 п. 5 (в ред. 135-ФЗ от 12.06.2024), ст. 24',
  mark: 'L',
};

/**
 * Territory: the defendant's place of residence or location, unless the contract names a court (ГПК РФ ст. 28,
 * 32; АПК РФ ст. 35, 37; [C2]).
 */
export const VENUE: { arbitration: Rule; general: Rule } = {
  arbitration: { article: 'АПК РФ ст. 35, 37', mark: 'C2' },
  general: { article: 'ГПК РФ ст. 28, 32', mark: 'C2' },
};
