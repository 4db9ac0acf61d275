/** Pieces every document shares: blanks, the parties' blocks, the contract reference, bank details. */
import { formatRub } from '../money/kopecks';
import { formatDay, formatIsoNumeric, type Day } from '../date/day';
import { amountInWords } from './amount-words';
import type { CaseDetails, DebtFacts, Party, PartyKind } from './inputs';
import { initialsSurname, positionDative, surnameDative, surnameInitials, type Decliner } from './names';
import type { Signature } from './model';

/** A blank to fill in by hand, naming what goes there: «[номер договора]». */
export const blank = (what: string): string => `[${what}]`;

/** A sentence's full stop, unless it already ends with one (a date in words ends with «г.») or leads into a list. */
export const endSentence = (text: string): string => (/[.:]$/.test(text) ? text : `${text}.`);

/** The value, or a blank naming it. */
export const orBlank = (value: string, what: string): string => (value.trim() === '' ? blank(what) : value.trim());

/** A typed ISO date as «01.09.2026», or a blank. */
export function dateOrBlank(iso: string, what: string): string {
  return formatIsoNumeric(iso) || blank(what);
}

/**
 * The person who signs for a party: an organisation's head, or an ИП's or a citizen's own name without the
 * «ИП» in front («ИП Петров Пётр Петрович» → «Петров Пётр Петрович»). An ИП or a citizen is named by the name
 * field alone: a head typed while the party was an organisation is not theirs.
 */
export function personOf(p: Party): string {
  if (p.kind === 'company') return p.signer.trim();
  return p.name.trim().replace(/^(ИП|индивидуальный предприниматель)\s+/i, '');
}

/** What a party is called in a document: its name as typed, or a blank. */
export function partyName(p: Party, what = 'наименование'): string {
  return orBlank(p.name, what);
}

/** «ИНН 7707083893, ОГРН 1027700132195» (only what is filled in; a blank for a missing ИНН). */
export function idLine(p: Party): string {
  const parts = [`ИНН ${orBlank(p.inn, 'ИНН')}`];
  if (p.kind !== 'person' && p.ogrn.trim()) parts.push(`${p.kind === 'ip' ? 'ОГРНИП' : 'ОГРН'} ${p.ogrn.trim()}`);
  return parts.join(', ');
}

/** The addressee lines in the dative: position, organisation, «Иванову И. И.», then the address. */
function addresseeLines(p: Party, handWritten: string, decline?: Decliner): string[] {
  const address = p.address.trim();
  const own = handWritten
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (own.length > 0) return address ? [...own, address] : own;
  const person = personOf(p);
  const who = person ? surnameInitials(person, surnameDative(person, decline)) : blank('фамилия и инициалы');
  const lines: string[] = [];
  if (p.kind === 'company') {
    lines.push(positionDative(p.position.trim() || 'Руководитель'), partyName(p), who);
  } else if (p.kind === 'ip') {
    lines.push('Индивидуальному предпринимателю', who);
  } else {
    lines.push(who);
  }
  if (address) lines.push(address);
  return lines;
}

/** The sender lines: «от ООО «Лютик»», its ИНН/ОГРН, address, phone and e-mail. */
function senderLines(p: Party): string[] {
  const contact = [p.phone.trim() && `тел. ${p.phone.trim()}`, p.email.trim() && `эл. почта ${p.email.trim()}`]
    .filter(Boolean)
    .join(', ');
  return [`от ${partyName(p)}`, idLine(p), p.address.trim(), contact].filter(Boolean);
}

/** A letter's top block: to whom (in the dative, or the lines typed by hand), a blank line, from whom. */
export function letterHeader(to: Party, handWritten: string, from: Party, decline?: Decliner): string[] {
  return [...addresseeLines(to, handWritten, decline), '', ...senderLines(from)];
}

/**
 * «договору № 12 от 01.09.2026» with blanks for what is missing; `word` puts the contract in another case
 * («договор № …», «договора № …»).
 */
export function contractRef(d: CaseDetails, word: 'договору' | 'договор' | 'договора' = 'договору'): string {
  return `${word} № ${orBlank(d.contractNo, 'номер')} от ${dateOrBlank(d.contractDate, 'дата')}`;
}

/** The invoices and acts as typed, one per line. */
export function documentLines(d: CaseDetails): string[] {
  return d.documents
    .split('\n')
    .map((l) => l.trim().replace(/[;,.]$/, ''))
    .filter(Boolean);
}

/** The bank details as a paragraph: recipient, account, bank, БИК, corr. account. */
export function bankText(p: Party): string {
  const b = p.bank;
  return (
    `Получатель: ${partyName(p)}, ИНН ${orBlank(p.inn, 'ИНН')}; ` +
    `р/с ${orBlank(b.account, 'расчётный счёт')} в ${orBlank(b.bank, 'банк')}, ` +
    `БИК ${orBlank(b.bik, 'БИК')}, к/с ${orBlank(b.corr, 'корр. счёт')}.`
  );
}

/** The signature of a party: the organisation, the position («Индивидуальный предприниматель» for an ИП), «И. И. Иванов». */
export function signatureOf(p: Party, party?: string): Signature {
  const person = personOf(p);
  const name = person ? initialsSurname(person) : blank('И. О. Фамилия');
  const position: Record<PartyKind, string> = {
    company: p.position.trim() || blank('должность'),
    ip: 'Индивидуальный предприниматель',
    person: '',
  };
  return {
    ...(party ? { party } : {}),
    ...(p.kind === 'company' ? { org: partyName(p) } : {}),
    position: position[p.kind],
    name,
  };
}

/** The debt left from the URL: the invoices less the payments, never below zero; null without a debt. */
export function debtLeft(debt: DebtFacts | null): number | null {
  if (!debt || debt.invoices.length === 0) return null;
  const owed = debt.invoices.reduce((s, l) => s + l.amount, 0);
  const paid = debt.payments.reduce((s, l) => s + l.amount, 0);
  return Math.max(owed - paid, 0);
}

/** The earliest due date among the invoices. */
function firstDue(debt: DebtFacts | null): Day | null {
  return debt?.invoices.length ? (Math.min(...debt.invoices.map((l) => l.due)) as Day) : null;
}

/** The earliest due date among the invoices as «15.10.2026», or a blank. */
export function dueText(debt: DebtFacts | null): string {
  const due = firstDue(debt);
  return due === null ? blank('дата') : formatDay(due);
}

/** An amount in figures and words, or a blank. */
export function amountText(kopecks: number | null): string {
  return kopecks === null ? blank('сумма') : amountInWords(kopecks);
}

/** An amount as «1 234,56 ₽» for tables, or a blank. */
export function rubOrBlank(kopecks: number | null): string {
  return kopecks === null ? blank('сумма') : formatRub(kopecks);
}
