/**
 * The papers after the judgment, one module (one file for the page to fetch):
 * - the request for a writ (заявление о выдаче исполнительного листа) once the judgment has taken effect: to the
 *   arbitration court (АПК РФ ст. 319) or to a court of general jurisdiction (ГПК РФ ст. 428), with the case number
 *   and the judgment's date;
 * - the application to the debtor's bank (229-ФЗ ст. 8): the writ or the court order straight to the bank, with the
 *   creditor's details and the account to pay to;
 * - the application to the bailiffs (заявление о возбуждении исполнительного производства, 229-ФЗ ст. 30), and what
 *   the creditor asks besides — seizing the debtor's property, restricting a citizen's or an ИП's travel abroad
 *   where the debt allows it (ст. 67).
 */
import { formatDayLong } from '../date/words';
import { TRAVEL_BAN, travelBanAllowed } from '../legal/enforcement';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { limitText } from '../legal/wording';
import { claimedDebt } from './claim-parts';
import { bankText, blank, dateOrBlank, orBlank } from './common';
import { creditorSignature, partyBlock, repAttached, repLines, writName, writNumber, writRef } from './court-papers';
import type { DocInput, PartyKind } from './inputs';
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

/**
 * A citizen's or an ИП's line with the parts the form does not keep (229-ФЗ ст. 8 ч. 2): the citizenship, and an
 * ИП's identity document, as blanks to fill in by hand.
 */
function citizen(kind: PartyKind, line: string): string {
  if (kind === 'company') return line;
  const id = kind === 'ip' ? `, документ, удостоверяющий личность: ${blank('вид, серия и номер')}` : '';
  return `${line.slice(0, -1)}${id}, гражданство: ${blank('гражданство')}.`;
}

/** Build the application to the bank. */
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

/** Build the application to the bailiffs. */
export function fssp(input: DocInput, rule: PartyRuleId): DocParts {
  const parties = PARTY_RULES[rule];
  const { me, debtor, details, today } = input;
  const travelAsked = details.fsspTravel === 'yes';
  const travel = travelAsked && travelBanAllowed(debtor.kind, claimedDebt(input));
  const requests = [
    ...(details.fsspArrest === 'yes'
      ? ['Наложить арест на имущество Должника (часть 2 статьи 30 Федерального закона № 229-ФЗ).']
      : []),
    ...(travel
      ? [
          'Установить Должнику временное ограничение на выезд из Российской Федерации (статья 67 Федерального закона № 229-ФЗ).',
        ]
      : []),
  ];
  return {
    header: [
      `В ${orBlank(details.bailiffs, 'отделение судебных приставов по месту жительства или нахождения должника либо его имущества')}`,
      '',
      partyBlock('Взыскатель', me, parties.creditor[me.kind], false),
      ...repLines(details, 'взыскателя'),
      partyBlock('Должник', debtor, parties.debtor[debtor.kind], true),
    ],
    dateLine: formatDayLong(today),
    title: 'Заявление о возбуждении исполнительного производства',
    body: [
      para(
        `На основании статьи 30 Федерального закона от 02.10.2007 № 229-ФЗ «Об исполнительном производстве» прошу возбудить исполнительное производство по ${writRef(details, 'dative')} о взыскании с Должника в пользу Взыскателя денежных средств.`,
      ),
      para('Взысканные денежные средства прошу перечислять по реквизитам:'),
      para(bankText(me)),
      ...(requests.length > 0 ? [para('Также прошу:'), { kind: 'list', ordered: true, items: requests } as const] : []),
      { kind: 'para', text: 'Приложения:' },
      {
        kind: 'list',
        ordered: true,
        items: [`Подлинник: ${writName(details)} ${writNumber(details)}.`, ...repAttached(details)],
      },
    ],
    signatures: [creditorSignature(me, details)],
    warnings:
      travelAsked && !travel
        ? [
            `Ограничение выезда за границу можно просить только для гражданина или ИП с долгом больше ${limitText(TRAVEL_BAN)} ₽ — эта просьба в заявление не включена.`,
          ]
        : [],
  };
}
