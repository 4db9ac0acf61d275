/**
 * The parties' parts a document must hold (src/lib/legal/party-requirements.ts), read against what the user
 * typed: which parts the form asks for and which are still empty («Не заполнено: …» above the buttons). The
 * table of documents loads this module with a document's builder, so the page's first load does not carry it.
 */
import { IF_KNOWN, PARTY_RULES, type PartyPart, type PartyRule, type PartyRuleId } from '../legal/party-requirements';
import { personOf } from './common';
import type { DocInput, Party } from './inputs';

export { PARTY_RULES, type PartyRule, type PartyRuleId };

/** A party's role in the rules: the user is the creditor, the client the debtor. */
const ROLES = [
  ['me', 'ваши данные'],
  ['debtor', 'клиент'],
] as const;

/** Whether a party holds a part: a debtor's identifier may be «неизвестен», which the application states. */
export function holds(p: Party, part: PartyPart, debtor: boolean): boolean {
  if (part === 'name') return (p.kind === 'company' ? p.name.trim() : personOf(p)) !== '';
  if (part === 'identifier') {
    if (p.idKind === 'unknown') return debtor;
    return p.idKind !== '' && (p.idKind === 'inn' ? p.inn : p.idNumber).trim() !== '';
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

/** The rule's parts for the input's parties and which of them are empty. */
export function partyGaps(input: DocInput, rule: PartyRule): PartyGaps {
  const asks = { me: rule.creditor[input.me.kind], debtor: rule.debtor[input.debtor.kind] };
  const missing = ROLES.flatMap(([side, who]) => {
    const p = input[side];
    const empty = asks[side].filter((part) => !IF_KNOWN.includes(part) && !holds(p, part, side === 'debtor'));
    return empty.length > 0 ? [`${who} — ${empty.map((part) => label(part, p)).join(', ')}`] : [];
  });
  return { asks, missing };
}

/** The rule for a document shown for a debtor of this kind. */
export const partyRule = (id: PartyRuleId): PartyRule => PARTY_RULES[id];
