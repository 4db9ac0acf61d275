/**
 * The application to the debtor's bank (229-ФЗ ст. 8): the creditor sends the writ or the court order straight to
 * the bank, with its details and the account to pay to.
 */
import { formatDayLong } from '../date/words';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { bankText, blank, orBlank } from './common';
import { partyBlock } from './court-order';
import { creditorSignature, repAttached, repLines, writName, writNumber, writRef } from './court-papers';
import type { DocInput, PartyKind } from './inputs';
import type { Block, DocParts } from './model';

const para = (text: string): Block => ({ kind: 'para', indent: true, text });

/**
 * A citizen's or an ИП's line with the parts the form does not keep (229-ФЗ ст. 8 ч. 2): the citizenship, and an
 * ИП's identity document, as blanks to fill in by hand.
 */
function citizen(kind: PartyKind, line: string): string {
  if (kind === 'company') return line;
  const id = kind === 'ip' ? `, документ, удостоверяющий личность: ${blank('вид, серия и номер')}` : '';
  return `${line.slice(0, -1)}${id}, гражданство: ${blank('гражданство')}.`;
}

/** Build the application. */
export function bank(input: DocInput, rule: PartyRuleId): DocParts {
  const parties = PARTY_RULES[rule];
  const { me, debtor, details, today } = input;
  const b = debtor.bank;
  const creditor = partyBlock('Взыскатель', me, parties.creditor[me.kind], false);
  return {
    header: [
      `В ${orBlank(b.bank, 'банк, где у должника счёт')}`,
      ...(b.bik.trim() ? [`БИК ${b.bik.trim()}`] : []),
      '',
      citizen(me.kind, creditor),
      ...repLines(details, 'взыскателя'),
      partyBlock('Должник', debtor, parties.debtor[debtor.kind], true),
    ],
    dateLine: formatDayLong(today),
    title: 'Заявление',
    subtitle: 'о приёме исполнительного документа к исполнению',
    body: [
      para(
        `Направляю для исполнения ${writRef(details, 'nominative')} о взыскании с Должника в пользу Взыскателя денежных средств.`,
      ),
      para(
        'На основании статьи 8 Федерального закона от 02.10.2007 № 229-ФЗ «Об исполнительном производстве» прошу списать взысканную сумму со счетов Должника в вашем банке и перечислить её Взыскателю по реквизитам:',
      ),
      para(bankText(me)),
      { kind: 'para', text: 'Приложения:' },
      {
        kind: 'list',
        ordered: true,
        items: [`Подлинник: ${writName(details)} ${writNumber(details)}.`, ...repAttached(details)],
      },
    ],
    signatures: [creditorSignature(me, details)],
    warnings: [],
  };
}
