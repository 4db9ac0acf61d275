/**
 * What the suit and the papers after the judgment share: the representative who may sign for the creditor, the
 * signature under the paper, and how the writ or the court order is named.
 */
import { blank, dateOrBlank, orBlank, signatureOf } from './common';
import type { CaseDetails, Party } from './inputs';
import type { Signature } from './model';
import { initialsSurname } from './names';

/** Whether a representative signs for the creditor. */
export const hasRep = (d: CaseDetails): boolean => d.repName.trim() !== '';

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
