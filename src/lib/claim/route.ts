/**
 * Which court and procedure fit the whole claim amount (debt plus interest or penalty: АПК РФ ст. 103 ч. 1,
 * ГПК РФ ст. 91) and the debtor: arbitration for companies and ИП, general courts for private persons.
 */
import { COURT_LIMITS, MAGISTRATE_SUIT, SIMPLIFIED_DOCUMENTED } from '../legal/court-limits';
import { DUTY_RATES, dutyBracket } from '../legal/duty-rates';
import type { Mark } from '../legal/marks';
import { stateDuty } from './duty';
import type { DebtorKind, Route, RouteOption } from './result';

/** Marks from the surest to the least sure ([C2] and [L] never meet in one duty today). */
const MARK_ORDER: readonly Mark[] = ['C', 'C2', 'L'];
const lessSure = (a: Mark, b: Mark): Mark => (MARK_ORDER.indexOf(a) >= MARK_ORDER.indexOf(b) ? a : b);

/** The court, the fitting procedure and every procedure's duty for a claim amount (kopecks) and debtor. */
export function courtRoute(claimAmount: number, debtor: DebtorKind): Route {
  const court = debtor === 'person' ? 'general' : 'arbitration';
  const L = court === 'general' ? COURT_LIMITS.general : COURT_LIMITS.arbitration;
  const simplified =
    court === 'general'
      ? COURT_LIMITS.general.simplified
      : debtor === 'ip'
        ? COURT_LIMITS.arbitration.simplifiedIp
        : COURT_LIMITS.arbitration.simplifiedCompany;
  const steps = [
    ['order', L.order],
    ['simplified', simplified],
    ['claim', L.claim],
  ] as const;
  const options: RouteOption[] = steps.map(([procedure, law]) => {
    const dutyKind = procedure === 'order' ? 'order' : 'claim';
    const rates = DUTY_RATES[court];
    // A suit's duty is as sure as its bracket; a court order's, as the less sure of its share and that bracket.
    const bracketMark = dutyBracket(rates.claim, claimAmount).mark;
    const fits = law.limit === null || claimAmount <= law.limit;
    return {
      procedure,
      fits,
      limit: law.limit,
      article: law.article,
      duty: stateDuty(court, claimAmount, dutyKind),
      dutyArticle: dutyKind === 'order' ? rates.order.article : rates.claim.article,
      mark: law.mark,
      dutyMark: dutyKind === 'order' ? lessSure(rates.order.mark, bracketMark) : bracketMark,
      ifDocumented: procedure === 'simplified' && !fits ? SIMPLIFIED_DOCUMENTED[court] : null,
    };
  });
  const procedure = options.find((o) => o.fits)?.procedure ?? 'claim';
  const suitCourt = court === 'arbitration' ? court : claimAmount <= MAGISTRATE_SUIT.limit ? 'magistrate' : 'district';
  return { court, claimAmount, procedure, options, suitCourt };
}
