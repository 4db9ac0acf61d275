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
