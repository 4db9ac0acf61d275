/**
 * What the court papers share: a party as they state it («Должник: …» with the parts its rule requires, in one
 * order — the court-order application, the suit, the papers after the judgment), the representative who may sign
 * for the creditor, the signature under the paper, and how the writ or the court order is named.
 */
import type { PartyPart } from '../legal/party-requirements';
import { blank, dateOrBlank, orBlank, partyName, personOf, signatureOf } from './common';
import type { CaseDetails, IdKind, Party } from './inputs';
import type { Signature } from './model';
import { initialsSurname } from './names';

/** Whether a representative signs for the creditor. */
const hasRep = (d: CaseDetails): boolean => d.repName.trim() !== '';

/** «Представитель истца: Орлов Олег Олегович, доверенность № 5 от 01.12.2026», or nothing without one. */
export function repLines(d: CaseDetails, of: string): string[] {
  return hasRep(d)
    ? [`Представитель ${of}: ${d.repName.trim()}, доверенность ${orBlank(d.repPoa, 'номер и дата')}`]
    : [];
}

/** The signature: the representative's when there is one, else the creditor's own. */
export function creditorSignature(me: Party, d: CaseDetails): Signature {
  if (!hasRep(d)) return signatureOf(me);
  return { position: 'Представитель по доверенности', name: initialsSurname(d.repName.trim()) };
}

/** The power of attorney among the attachments, when a representative signs. */
export const repAttached = (d: CaseDetails): string[] =>
  hasRep(d) ? [`Доверенность представителя ${orBlank(d.repPoa, 'номер и дата')}.`] : [];

/** What is presented: a writ or a court order (a blank naming both until chosen). */
export function writName(d: CaseDetails, form: 'nominative' | 'genitive' | 'dative' = 'nominative'): string {
  const words = {
    writ: { nominative: 'исполнительный лист', genitive: 'исполнительного листа', dative: 'исполнительному листу' },
    order: { nominative: 'судебный приказ', genitive: 'судебного приказа', dative: 'судебному приказу' },
  } as const;
  const kind = d.writKind === 'writ' || d.writKind === 'order' ? d.writKind : null;
  return kind ? words[kind][form] : blank('исполнительный лист или судебный приказ');
}

/** «№ ФС 012345678» — the number as typed, with «№» in front unless typed with one; a blank when empty. */
export function writNumber(d: CaseDetails): string {
  const no = orBlank(d.writNo, 'серия и номер');
  return no.includes('№') ? no : `№ ${no}`;
}

/**
 * «исполнительному листу № ФС 012345678 от 20.02.2027, выданному Арбитражным судом … по делу № А56-1/2027»: the
 * court as typed (in the nominative, after «выдан:»), the case number when typed.
 */
export function writRef(d: CaseDetails, form: 'nominative' | 'genitive' | 'dative'): string {
  const issued = { nominative: 'выданный', genitive: 'выданного', dative: 'выданному' }[form];
  const caseNo = d.caseNo.trim() ? ` по делу № ${d.caseNo.trim()}` : '';
  return (
    `${writName(d, form)} ${writNumber(d)} от ${dateOrBlank(d.writDate, 'дата')}` +
    ` (${issued} судом: ${orBlank(d.court, 'наименование суда')}${caseNo})`
  );
}

/** The order the application states a party's parts in (the signer is under the signature). */
const STATED: readonly PartyPart[] = [
  'name',
  'birthDate',
  'birthPlace',
  'inn',
  'ogrn',
  'identifier',
  'address',
  'workPlace',
];

/** How a citizen's identifier of each kind is stated, before its series and number. */
const ID_WORDS: Record<Exclude<IdKind, '' | 'inn' | 'unknown'>, string> = {
  snils: 'СНИЛС',
  passport: 'паспорт: серия и номер',
  ogrnip: 'ОГРНИП',
  licence: 'водительское удостоверение: серия и номер',
  vehicle: 'свидетельство о регистрации транспортного средства: серия и номер',
};

/** A citizen's identifier: its kind and number, «неизвестен» for a debtor's when so chosen, or a blank. */
function identifierText(p: Party, debtor: boolean): string {
  const kind = p.idKind;
  if (kind === 'inn') return `ИНН ${orBlank(p.inn, 'ИНН')}`;
  if (kind === 'unknown' && debtor)
    return 'идентификаторы должника (СНИЛС, ИНН, паспорт и другие) взыскателю неизвестны';
  const words = kind === '' || kind === 'unknown' ? undefined : ID_WORDS[kind];
  return words ? `${words} ${orBlank(p.idNumber, 'номер')}` : blank('СНИЛС, ИНН или серия и номер паспорта');
}

/** One part of a party as the application states it; empty for a place of work not given. */
function partText(p: Party, part: PartyPart, debtor: boolean): string {
  const org = p.kind === 'company';
  switch (part) {
    case 'name':
      return org
        ? partyName(p)
        : `${p.kind === 'ip' ? 'индивидуальный предприниматель ' : ''}${orBlank(personOf(p), 'фамилия, имя, отчество')}`;
    case 'birthDate':
      return `дата рождения: ${dateOrBlank(p.birthDate, 'дата рождения')}`;
    case 'birthPlace':
      return `место рождения: ${orBlank(p.birthPlace, 'место рождения')}`;
    case 'inn':
      return `ИНН ${orBlank(p.inn, 'ИНН')}`;
    case 'ogrn':
      return p.kind === 'ip' ? `ОГРНИП ${orBlank(p.ogrn, 'ОГРНИП')}` : `ОГРН ${orBlank(p.ogrn, 'ОГРН')}`;
    case 'identifier':
      return identifierText(p, debtor);
    case 'address':
      return org ? `адрес: ${orBlank(p.address, 'адрес')}` : `место жительства: ${orBlank(p.address, 'адрес')}`;
    case 'workPlace':
      return p.workPlace.trim() ? `место работы: ${p.workPlace.trim()}` : '';
    default:
      return '';
  }
}

/**
 * A party's line: «Должник: …», each part the rule requires of its kind, in the order STATED (the suit and the
 * papers after the judgment state their parties so too, with their own roles).
 */
export function partyBlock(role: string, p: Party, parts: readonly PartyPart[], debtor = role === 'Должник'): string {
  const stated = STATED.filter((part) => parts.includes(part)).map((part) => partText(p, part, debtor));
  return `${role}: ${stated.filter(Boolean).join(', ')}.`;
}
