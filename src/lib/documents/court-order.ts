/**
 * The application for a court order (заявление о выдаче судебного приказа): to the arbitration court when
 * the debtor is a company or an ИП, to a magistrate when it is a private person. The court, the parties,
 * the debt, the calculation, the state duty and the attachments.
 */
import { formatDay } from '../date/day';
import { formatDayLong } from '../date/words';
import { claimedDebt, copiesAttached, dueBlocks, evidenceBlocks } from './claim';
import {
  amountText,
  blank,
  contractRef,
  dateOrBlank,
  orBlank,
  partyName,
  personOf,
  rubOrBlank,
  signatureOf,
} from './common';
import { courtRoute } from '../claim/route';
import { COURT_LIMITS } from '../legal/court-limits';
import { limitText } from '../legal/wording';
import { PARTY_RULES, type PartyPart, type PartyRuleId } from '../legal/party-requirements';
import type { DocInput, IdKind, Party } from './inputs';
import type { Block, DocParts } from './model';

/** Which court: arbitration for a company or an ИП, a magistrate (general courts) for a private person. */
const courtOf = (debtor: Party): 'arbitration' | 'general' => (debtor.kind === 'person' ? 'general' : 'arbitration');

/**
 * The court-order figures: the debt, the interest, the claim amount (both together), the duty for a court
 * order and whether the amount fits one — from the claim calculator's route for the same claim amount.
 */
export function courtOrderFigures(input: DocInput): {
  principal: number | null;
  interest: number;
  amount: number | null;
  duty: number | null;
  fits: boolean;
} {
  const principal = claimedDebt(input);
  const interest = input.claim?.totals.interest ?? 0;
  const amount = principal === null ? null : principal + interest;
  const order =
    amount === null ? null : courtRoute(amount, input.debtor.kind).options.find((o) => o.procedure === 'order');
  return { principal, interest, amount, duty: order?.duty ?? null, fits: order?.fits ?? true };
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

/** Build the application. */
export function courtOrder(input: DocInput, rule: PartyRuleId): DocParts {
  const parties = PARTY_RULES[rule];
  const { me, debtor, details, debt, today, claim: figures } = input;
  const court = courtOf(debtor);
  const f = courtOrderFigures(input);
  const courtName = orBlank(
    details.court,
    court === 'arbitration' ? 'наименование арбитражного суда' : 'номер судебного участка и район',
  );
  const header = [
    court === 'arbitration' ? `В ${courtName}` : `Мировому судье ${courtName}`,
    ...(details.courtAddress.trim() ? [details.courtAddress.trim()] : []),
    '',
    partyBlock('Взыскатель', me, parties.creditor[me.kind]),
    partyBlock('Должник', debtor, parties.debtor[debtor.kind]),
    '',
    `Сумма требования: ${rubOrBlank(f.amount)}`,
    `Государственная пошлина: ${rubOrBlank(f.duty)}`,
  ];
  const body: Block[] = [
    ...evidenceBlocks(
      `Между Взыскателем и Должником заключён ${contractRef(details, 'договор')} (далее — Договор). Взыскатель исполнил обязательства по Договору`,
      details,
    ),
    ...dueBlocks(debt, 'Должник', 'но', `. Задолженность составляет ${amountText(f.principal)}.`),
  ];
  if (figures && figures.rows.length > 0) {
    body.push(
      {
        kind: 'para',
        indent: true,
        text:
          figures.kind === '395'
            ? `На сумму долга начислены проценты по статье 395 Гражданского кодекса РФ в размере ${amountText(figures.totals.interest)}; расчёт приведён ниже.`
            : `На сумму долга начислена неустойка, установленная Договором (статья 330 Гражданского кодекса РФ), в размере ${amountText(figures.totals.interest)}; расчёт приведён ниже.`,
      },
      figures.table(debt),
    );
  }
  if (input.debt?.claimSent)
    body.push({
      kind: 'para',
      indent: true,
      text: `Претензия направлена Должнику ${formatDay(input.debt.claimSent)}, требование не исполнено.`,
    });
  const orderLimit = limitText(COURT_LIMITS[court].order);
  const law =
    court === 'arbitration'
      ? `Требование основано на договоре и подтверждено документами, сумма требования не превышает ${orderLimit} рублей (статья 229.2 Арбитражного процессуального кодекса РФ).`
      : `Требование основано на договоре, заключённом в письменной форме, и подтверждено документами, сумма требования не превышает ${orderLimit} рублей (статья 121 Гражданского процессуального кодекса РФ).`;
  body.push(
    { kind: 'para', indent: true, text: law },
    {
      kind: 'para',
      indent: true,
      text:
        `Прошу выдать судебный приказ о взыскании с Должника в пользу Взыскателя ${amountText(f.principal)} основного долга` +
        (f.interest > 0
          ? `, ${amountText(f.interest)} ${figures?.kind === 'penalty' ? 'неустойки' : 'процентов'}`
          : '') +
        `, а также ${rubOrBlank(f.duty)} расходов по уплате государственной пошлины.`,
    },
    { kind: 'para', text: 'Приложения:' },
    {
      kind: 'list',
      ordered: true,
      items: [
        'Документ об уплате государственной пошлины.',
        ...copiesAttached(details),
        ...(figures ? ['Расчёт суммы требования (в тексте заявления).'] : []),
        ...(input.debt?.claimSent ? ['Копия претензии и документ о её отправке.'] : []),
        ...(court === 'general'
          ? ['Документ, подтверждающий направление Должнику копии заявления с приложениями.']
          : []),
        ...(me.kind === 'company' ? ['Документ, подтверждающий полномочия лица, подписавшего заявление.'] : []),
      ],
    },
  );
  return {
    header,
    dateLine: formatDayLong(today),
    title: 'Заявление о выдаче судебного приказа',
    body,
    signatures: [signatureOf(me)],
    warnings: [
      ...(f.fits
        ? []
        : [
            `Сумма требования больше ${orderLimit} ₽: судебный приказ не подходит — нужен иск (упрощённое или обычное производство).`,
          ]),
      ...(figures?.warnings ?? []),
    ],
  };
}
