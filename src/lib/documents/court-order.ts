/**
 * The application for a court order (заявление о выдаче судебного приказа): to the arbitration court when
 * the debtor is a company or an ИП, to a magistrate when it is a private person. The court, the parties,
 * the debt, the calculation, the state duty and the attachments.
 */
import { formatDay } from '../date/day';
import { formatDayLong } from '../date/words';
import { claimedDebt, copiesAttached, dueBlocks, evidenceBlocks } from './claim';
import { amountText, contractRef, orBlank, rubOrBlank, signatureOf } from './common';
import { courtRoute } from '../claim/route';
import { COURT_LIMITS } from '../legal/court-limits';
import { limitText } from '../legal/wording';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { partyBlock } from './court-papers';
import type { DocInput, Party } from './inputs';
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
