/**
 * The application to the bailiffs (заявление о возбуждении исполнительного производства, 229-ФЗ ст. 30): the writ
 * or the court order to the ФССП department, and what the creditor asks besides — seizing the debtor's property,
 * restricting a citizen's or an ИП's travel abroad where the debt allows it (ст. 67).
 */
import { formatDayLong } from '../date/words';
import { TRAVEL_BAN, travelBanAllowed } from '../legal/enforcement';
import { limitText } from '../legal/wording';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { claimedDebt } from './claim-parts';
import { bankText, orBlank } from './common';
import { partyBlock } from './court-order';
import { creditorSignature, repAttached, repLines, writName, writNumber, writRef } from './court-papers';
import type { DocInput } from './inputs';
import type { Block, DocParts } from './model';

const para = (text: string): Block => ({ kind: 'para', indent: true, text });

/** Build the application. */
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
