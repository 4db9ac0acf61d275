/**
 * What each document must say about each party, by the party's kind: the parts a court requires of a
 * court-order application (ГПК РФ ст. 124 ч. 2, АПК РФ ст. 229.3 ч. 2, docs/legal-facts.md «What a
 * court-order application must contain»), and for the letters the parts they print. The table of documents
 * (documents/catalog.ts) names a rule per debtor kind; the form asks for the parts, the documents print them
 * (a blank when empty) and the page lists the empty ones above the buttons (documents/party-parts.ts).
 */
import type { PartyKind } from '../documents/inputs';
import type { Mark } from './marks';

/**
 * A part of a party: `ogrn` is the ОГРН of an organisation or the ОГРНИП of an ИП; `identifier` one of a
 * citizen's identifiers (СНИЛС, ИНН, passport, ОГРНИП, driving licence, vehicle registration) or «неизвестен»
 * for a debtor; `position` and `signer` the organisation's signer.
 */
export type PartyPart =
  'name' | 'birthDate' | 'birthPlace' | 'address' | 'workPlace' | 'inn' | 'ogrn' | 'identifier' | 'position' | 'signer';

/** Parts asked for and printed when known, never reported missing: the debtor's place of work (ГПК 124 ч. 2). */
export const IF_KNOWN: readonly PartyPart[] = ['workPlace'];

/** The parts of each kind of party, in the order a document states them. */
type PartsByKind = Readonly<Record<PartyKind, readonly PartyPart[]>>;

/**
 * What a document must hold about its two parties, and where the law says so, by the debtor's kind (the court
 * follows the debtor); null for a letter's own form.
 */
export interface PartyRule {
  creditor: PartsByKind;
  debtor: PartsByKind;
  law: Readonly<Record<PartyKind, { source: string; mark: Mark }>> | null;
}

const APK = { source: 'АПК РФ ст. 229.3 ч. 2', mark: 'L' } as const;
const GPK = { source: 'ГПК РФ ст. 124 ч. 2', mark: 'L' } as const;
const APK_SUIT = { source: 'АПК РФ ст. 125 ч. 2', mark: 'L' } as const;
const GPK_SUIT = { source: 'ГПК РФ ст. 131 ч. 2', mark: 'L' } as const;
const BANK = { source: '229-ФЗ ст. 8 ч. 2', mark: 'C2' } as const;

const ORG_SIGNED = ['name', 'inn', 'position', 'signer'] as const;
const NAMED_WITH_INN = { company: ORG_SIGNED, ip: ['name', 'inn'], person: ['name', 'inn'] } as const;

/** An ИП in court: full name, date and place of birth, place of residence, ОГРНИП, ИНН (АПК РФ ст. 229.3 ч. 2). */
const IP_IN_COURT = ['name', 'birthDate', 'birthPlace', 'address', 'ogrn', 'inn'] as const;
/** A citizen in court: full name, date and place of birth, place of residence, one identifier (ГПК РФ ст. 124 ч. 2). */
const PERSON_IN_COURT = ['name', 'birthDate', 'birthPlace', 'address', 'identifier'] as const;
/** A court-order application's creditor: an organisation's name, address, ИНН and ОГРН, and who signs. */
const COURT_CREDITOR = {
  company: ['name', 'address', 'inn', 'ogrn', 'position', 'signer'],
  ip: IP_IN_COURT,
  person: PERSON_IN_COURT,
} as const;
/** A court-order application's debtor: as the creditor, and a citizen's place of work when known. */
const COURT_DEBTOR = {
  company: ['name', 'address', 'inn', 'ogrn'],
  ip: IP_IN_COURT,
  person: ['name', 'birthDate', 'birthPlace', 'address', 'workPlace', 'identifier'],
} as const;

/** The creditor of a paper after the judgment: named with its address and, for a business, its register numbers. */
const ENFORCING_CREDITOR = {
  company: ['name', 'address', 'inn', 'ogrn', 'position', 'signer'],
  ip: ['name', 'address', 'inn', 'ogrn'],
  person: ['name', 'address'],
} as const;
/** The debtor of a paper after the judgment: as the writ names it. */
const ENFORCED_DEBTOR = {
  company: ['name', 'address', 'inn'],
  ip: ['name', 'address', 'inn'],
  person: ['name', 'address'],
} as const;

/** The rules the table of documents names. */
export const PARTY_RULES = {
  /** The reminder and the claim letter: the sender with its ИНН and signer, the addressee by name. */
  letter: {
    creditor: NAMED_WITH_INN,
    debtor: { company: ['name', 'signer'], ip: ['name'], person: ['name'] },
    law: null,
  },
  /** The guarantee letter and the instalment agreement: both parties with their ИНН, both may sign. */
  'both-with-inn': { creditor: NAMED_WITH_INN, debtor: NAMED_WITH_INN, law: null },
  /** The reconciliation act: both parties by name, each signs. */
  signed: {
    creditor: { company: ['name', 'position', 'signer'], ip: ['name'], person: ['name'] },
    debtor: { company: ['name', 'position', 'signer'], ip: ['name'], person: ['name'] },
    law: null,
  },
  /**
   * The court-order application: to an arbitration court when a company or an ИП owes, to a magistrate when a
   * private person does.
   */
  'court-order': {
    creditor: COURT_CREDITOR,
    debtor: COURT_DEBTOR,
    law: { company: APK, ip: APK, person: GPK },
  },
  /**
   * The suit: the same parts of both parties as the court-order application (АПК РФ ст. 125 ч. 2 refers to a
   * citizen's parts as ГПК РФ ст. 124 does; ГПК РФ ст. 131 ч. 2 asks the defendant's as far as known).
   */
  suit: {
    creditor: COURT_CREDITOR,
    debtor: COURT_DEBTOR,
    law: { company: APK_SUIT, ip: APK_SUIT, person: GPK_SUIT },
  },
  /** The request for a writ, and the application to the bailiffs: the parties as the case names them. */
  enforcement: { creditor: ENFORCING_CREDITOR, debtor: ENFORCED_DEBTOR, law: null },
  /**
   * The application to the debtor's bank (229-ФЗ ст. 8 ч. 2): a citizen or an ИП — full name, identity document,
   * place of residence, ИНН (and ОГРНИП); an organisation — name, ИНН, ОГРН, address. The form keeps no identity
   * document of an ИП, nor anyone's citizenship: the application leaves blanks for them (bank.ts).
   */
  bank: {
    creditor: {
      company: ['name', 'address', 'inn', 'ogrn', 'position', 'signer'],
      ip: ['name', 'address', 'inn', 'ogrn'],
      person: ['name', 'address', 'identifier', 'inn'],
    },
    debtor: ENFORCED_DEBTOR,
    law: { company: BANK, ip: BANK, person: BANK },
  },
} as const satisfies Record<string, PartyRule>;

/** The name of a rule. */
export type PartyRuleId = keyof typeof PARTY_RULES;
