/**
 * The request for a writ (заявление о выдаче исполнительного листа) once the judgment has taken effect: to the
 * arbitration court (АПК РФ ст. 319) or to a court of general jurisdiction (ГПК РФ ст. 428), with the case number
 * and the judgment's date.
 */
import { formatDayLong } from '../date/words';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { dateOrBlank, orBlank } from './common';
import { partyBlock } from './court-order';
import { creditorSignature, repAttached, repLines } from './court-papers';
import type { DocInput } from './inputs';
import type { Block, DocParts } from './model';

const para = (text: string): Block => ({ kind: 'para', indent: true, text });

/** Build the request. */
export function writRequest(input: DocInput, rule: PartyRuleId): DocParts {
  const parties = PARTY_RULES[rule];
  const { me, debtor, details, today } = input;
  const arbitration = debtor.kind !== 'person';
  const caseNo = orBlank(details.caseNo, 'номер дела');
  const article = arbitration
    ? 'статьёй 319 Арбитражного процессуального кодекса РФ'
    : 'статьёй 428 Гражданского процессуального кодекса РФ';
  const attachments = repAttached(details);
  return {
    header: [
      `В ${orBlank(details.court, 'наименование суда, принявшего решение')}`,
      ...(details.courtAddress.trim() ? [details.courtAddress.trim()] : []),
      '',
      partyBlock('Истец (взыскатель)', me, parties.creditor[me.kind], false),
      ...repLines(details, 'истца'),
      partyBlock('Ответчик (должник)', debtor, parties.debtor[debtor.kind], true),
      '',
      `Дело № ${caseNo}`,
    ],
    dateLine: formatDayLong(today),
    title: 'Заявление о выдаче исполнительного листа',
    body: [
      para(
        `Решением суда от ${dateOrBlank(details.judgmentDate, 'дата решения')} по делу № ${caseNo} с Ответчика в пользу Истца взысканы денежные средства. Решение вступило в законную силу ${dateOrBlank(details.judgmentInForce, 'дата вступления в силу')}.`,
      ),
      para(`В соответствии со ${article} прошу выдать исполнительный лист по делу № ${caseNo}.`),
      ...(attachments.length > 0
        ? [{ kind: 'para', text: 'Приложения:' } as const, { kind: 'list', ordered: true, items: attachments } as const]
        : []),
    ],
    signatures: [creditorSignature(me, details)],
    warnings: details.judgmentInForce.trim()
      ? []
      : ['Исполнительный лист выдают после вступления решения в законную силу: впишите эту дату.'],
  };
}
