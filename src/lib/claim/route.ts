/**
 * Which court and procedure fit the whole claim amount (debt plus interest or penalty: АПК РФ ст. 103 ч. 1,
 * ГПК РФ ст. 91) and the debtor: arbitration for companies and ИП, general courts for private persons.
 */
import { stateDuty } from './duty';
import type { DebtorKind, Route, RouteOption } from './result';

const RUB = 100;

/** The procedures' limits and articles, from docs/legal-facts.md (as of 30.11.2026). */
export const LIMITS = {
  arbitration: {
    order: { limit: 750_000 * RUB, article: 'АПК РФ ст. 229.2 (в ред. 667-ФЗ от 25.12.2023)', mark: 'L' },
    simplifiedCompany: {
      limit: 1_200_000 * RUB,
      article: 'АПК РФ ст. 227 ч. 1 п. 1 (в ред. 667-ФЗ от 25.12.2023)',
      mark: 'C',
    },
    simplifiedIp: {
      limit: 600_000 * RUB,
      article: 'АПК РФ ст. 227 ч. 1 п. 1 (в ред. 667-ФЗ от 25.12.2023)',
      mark: 'C',
    },
    claim: { limit: null, article: 'АПК РФ ст. 4 ч. 5, ст. 103 ч. 1', mark: 'C' },
  },
  general: {
    order: { limit: 500_000 * RUB, article: 'ГПК РФ ст. 121', mark: 'C' },
    simplified: { limit: 250_000 * RUB, article: 'ГПК РФ ст. 232.2 ч. 1 (в ред. 135-ФЗ от 12.06.2024)', mark: 'C' },
    claim: { limit: null, article: 'ГПК РФ ст. 91', mark: 'L' },
  },
} as const;

/** The duty articles, with how sure the facts file is about each. */
export const DUTY_ARTICLES = {
  arbitration: {
    claim: { article: 'НК РФ ст. 333.21 п. 1 пп. 1', mark: 'C' },
    order: { article: 'НК РФ ст. 333.21 п. 1 пп. 3', mark: 'C2' },
  },
  general: {
    claim: { article: 'НК РФ ст. 333.19 п. 1 пп. 1', mark: 'C' },
    order: { article: 'НК РФ ст. 333.19 п. 1', mark: 'C' },
  },
} as const;

type Mark = RouteOption['mark'];

/** The court, the fitting procedure and every procedure's duty for a claim amount (kopecks) and debtor. */
export function courtRoute(claimAmount: number, debtor: DebtorKind): Route {
  const court = debtor === 'person' ? 'general' : 'arbitration';
  const L = court === 'general' ? LIMITS.general : LIMITS.arbitration;
  const simplified =
    court === 'general'
      ? LIMITS.general.simplified
      : debtor === 'ip'
        ? LIMITS.arbitration.simplifiedIp
        : LIMITS.arbitration.simplifiedCompany;
  const steps = [
    ['order', L.order],
    ['simplified', simplified],
    ['claim', L.claim],
  ] as const;
  const options: RouteOption[] = steps.map(([procedure, law]) => {
    const dutyKind = procedure === 'order' ? 'order' : 'claim';
    const duty = DUTY_ARTICLES[court][dutyKind];
    // The duty's figures for claims over 8 000 000 ₽ in general courts are less sure in the facts file.
    const dutyMark: Mark =
      court !== 'general' || claimAmount <= 8_000_000 * RUB ? duty.mark : claimAmount > 100_000_000 * RUB ? 'C2' : 'L';
    return {
      procedure,
      fits: law.limit === null || claimAmount <= law.limit,
      limit: law.limit,
      article: law.article,
      duty: stateDuty(court, claimAmount, dutyKind),
      dutyArticle: duty.article,
      mark: law.mark,
      dutyMark,
    };
  });
  const procedure = options.find((o) => o.fits)?.procedure ?? 'claim';
  return { court, claimAmount, procedure, options };
}
