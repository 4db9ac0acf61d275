/**
 * The parties' parts a document must hold (src/lib/legal/party-requirements.ts, the rule its row in
 * catalog.ts names for the debtor's kind), read against what the user typed: which parts the form asks for
 * and which are still empty («Не заполнено: …» above the buttons). The page loads this module once something
 * is typed, with the field checks, so its first load does not carry the rules.
 */
import { IF_KNOWN, PARTY_RULES, type PartyPart, type PartyRuleId } from '../legal/party-requirements';
import type { DocInput, Party } from './inputs';

/** A party's role in the rules: the user is the creditor, the client the debtor. */
const ROLES = [
  ['me', 'ваши данные'],
  ['debtor', 'клиент'],
] as const;

/**
 * An ИП's or a citizen's own name, as common.ts's personOf reads it («ИП Петров Пётр Петрович» → «Петров Пётр
 * Петрович»); written again here, as importing either module from the other splits the page's first-load chunks.
 */
const ownName = (p: Party): string => p.name.trim().replace(/^(ИП|индивидуальный предприниматель)\s+/i, '');

/** Whether a party holds a part: a debtor's identifier may be «неизвестен», which the application states. */
function holds(p: Party, part: PartyPart, debtor: boolean): boolean {
  if (part === 'name') return (p.kind === 'company' ? p.name.trim() : ownName(p)) !== '';
  if (part === 'identifier') {
    if (p.idKind === 'unknown') return debtor;
    // A kind of inputs.ts's ID_KINDS (importing it would split the page's first-load chunks); a stored foreign value is none.
    return (
      /^(snils|inn|passport|ogrnip|licence|vehicle)$/.test(p.idKind) &&
      (p.idKind === 'inn' ? p.inn : p.idNumber).trim() !== ''
    );
  }
  return p[part].trim() !== '';
}

/** How the missing list names a part of a party of this kind. */
function label(part: PartyPart, p: Party): string {
  const org = p.kind === 'company';
  const labels: Record<PartyPart, string> = {
    name: org ? 'название' : 'фамилия, имя, отчество',
    birthDate: 'дата рождения',
    birthPlace: 'место рождения',
    address: org ? 'адрес' : 'место жительства',
    workPlace: 'место работы',
    inn: 'ИНН',
    ogrn: p.kind === 'ip' ? 'ОГРНИП' : 'ОГРН',
    identifier: 'СНИЛС, паспорт или другой идентификатор',
    position: 'должность руководителя',
    signer: 'ФИО руководителя',
  };
  return labels[part];
}

/** What the parties' side of a document needs from the page: the parts to ask for and the empty ones. */
export interface PartyGaps {
  /** The parts the form asks for, by party. */
  asks: { me: readonly PartyPart[]; debtor: readonly PartyPart[] };
  /** The empty required parts, one line per party: «клиент — дата рождения, место рождения». */
  missing: string[];
}

/**
 * The parts a rule requires of the input's parties, and which of them are empty. The rule is the one a
 * document's row names: `DOCS[id].parties` (catalog.ts).
 */
export function partyGaps(ruleId: PartyRuleId, input: Pick<DocInput, 'me' | 'debtor'>): PartyGaps {
  const rule = PARTY_RULES[ruleId];
  const asks = { me: rule.creditor[input.me.kind], debtor: rule.debtor[input.debtor.kind] };
  const missing = ROLES.flatMap(([side, who]) => {
    const p = input[side];
    const empty = asks[side].filter((part) => !IF_KNOWN.includes(part) && !holds(p, part, side === 'debtor'));
    return empty.length > 0 ? [`${who} — ${empty.map((part) => label(part, p)).join(', ')}`] : [];
  });
  return { asks, missing };
}
