/**
 * The claim letter (претензия): the parties, the contract, the invoices and acts, the debt, the interest
 * or penalty with its calculation as a table, the deadline to pay, bank details, what follows if unpaid,
 * the attachments. The calculation is the claim calculator's result (src/lib/claim) for the same URL;
 * without it the letter claims the debt and leaves the interest to be added.
 */
import { dayFromIso } from '../date/day';
import { formatDayLong } from '../date/words';
import type { ClaimResult } from '../claim/result';
import { formatRub } from '../money/kopecks';
import { amountText, bankText, blank, contractRef, letterHeader, orBlank, partyName, signatureOf } from './common';
import { calcPeriod, claimedDebt, copiesAttached, isoDateText } from './claim-parts';
import type { DocInput } from './inputs';
import { dueBlocks, evidenceBlocks } from './invoices';
import type { Block, DocParts } from './model';

// The court-order application takes these through this module, as the page loads the claim letter first:
// one chunk on the first load; the application's own chunk then reuses it.
export { claimedDebt, copiesAttached, dueBlocks, evidenceBlocks };

/** The sentence naming the interest or penalty and its legal basis. */
function interestText(claim: ClaimResult): string {
  const p = calcPeriod(claim);
  const period = p ? `за период с ${isoDateText(p.from)} по ${isoDateText(p.to)} ` : '';
  return claim.kind === '395'
    ? `За пользование чужими денежными средствами на сумму долга начисляются проценты в размере ключевой ставки Банка России, действовавшей в соответствующие периоды (пункт 1 статьи 395 Гражданского кодекса РФ). Проценты ${period}составляют ${amountText(claim.totals.interest)}; расчёт приведён ниже.`
    : `За просрочку оплаты ${PENALTY_CLAUSE} Договора установлена неустойка — сумма, которую Должник уплачивает Кредитору при нарушении обязательства (пункт 1 статьи 330 Гражданского кодекса РФ). Неустойка ${period}составляет ${amountText(claim.totals.interest)}; расчёт приведён ниже.`;
}

/** The contract's clause that sets the penalty: a blank, the letter's author knows it. */
const PENALTY_CLAUSE = `пунктом ${blank('номер пункта о неустойке')}`;

/** What the creditor will also ask the court for: the interest under ст. 395 or the contract's penalty. */
function chargeInCourt(claim: ClaimResult | null): string {
  return claim?.kind === 'penalty'
    ? `неустойку, установленную ${PENALTY_CLAUSE} Договора (статья 330 Гражданского кодекса РФ)`
    : 'проценты по день фактической оплаты (статья 395 Гражданского кодекса РФ)';
}

/** Build the claim letter. */
export function claim(input: DocInput): DocParts {
  const { me, debtor, details, debt, today, decline, claim: figures } = input;
  const principal = claimedDebt(input);
  const subject = details.subject.trim() ? ` на ${details.subject.trim()}` : '';
  const arbitration = debtor.kind !== 'person';
  const body: Block[] = [
    {
      kind: 'para',
      indent: true,
      text: `Между ${partyName(me)} (далее — Кредитор) и ${partyName(debtor)} (далее — Должник) заключён ${contractRef(details, 'договор')}${subject} (далее — Договор).`,
    },
    ...evidenceBlocks('Кредитор исполнил свои обязательства по Договору', details),
  ];
  const paid = figures ? figures.totals.paid : (debt?.payments.reduce((s, p) => s + p.amount, 0) ?? 0);
  body.push(
    ...dueBlocks(
      debt,
      'Должник',
      'однако',
      (paid > 0 ? ` (оплачено ${formatRub(paid)})` : '') +
        `. Задолженность Должника на ${formatDayLong(dayFromIso(figures ? (calcPeriod(figures)?.to ?? '') : '') ?? debt?.to ?? today)} составляет ${amountText(principal)}.`,
    ),
  );
  if (figures && figures.rows.length > 0) {
    body.push({ kind: 'para', indent: true, text: interestText(figures) }, figures.table(debt));
  } else {
    body.push({
      kind: 'para',
      indent: true,
      text: `Кроме того, на сумму долга начисляются проценты по статье 395 Гражданского кодекса РФ: ${blank('сумма и расчёт процентов — посчитайте в калькуляторе «Сколько требовать»')}.`,
    });
  }
  const total = figures ? figures.totals.claim : principal;
  const days = orBlank(details.payDays, 'число');
  body.push(
    {
      kind: 'para',
      indent: true,
      text:
        `Требуем в течение ${days} календарных дней с даты получения настоящей претензии оплатить ${amountText(total)}` +
        (figures && figures.totals.interest > 0
          ? ` (долг ${formatRub(figures.totals.debtLeft)} и ${figures.kind === '395' ? 'проценты' : 'неустойка'} ${formatRub(figures.totals.interest)})`
          : '') +
        ' по реквизитам:',
    },
    { kind: 'para', indent: true, text: bankText(me) },
    {
      kind: 'para',
      indent: true,
      // The claim's wait is CLAIM_WAIT (src/lib/legal/terms.ts), written out here: this module loads with the
      // documents page, whose budget has no room for the figure tables (ADR 051). tests/content/legal-figures.test.ts
      // fails when the two differ.
      text: arbitration
        ? `Если оплата не поступит, Кредитор обратится в арбитражный суд: спор может быть передан в суд по истечении 30 календарных дней со дня направления претензии (часть 5 статьи 4 Арбитражного процессуального кодекса РФ). Кредитор потребует взыскать долг, ${chargeInCourt(figures)} и судебные расходы, в том числе государственную пошлину.`
        : `Если оплата не поступит, Кредитор обратится в суд и потребует взыскать долг, ${chargeInCourt(figures)} и судебные расходы, в том числе государственную пошлину.`,
    },
    { kind: 'para', text: 'Приложения:' },
    {
      kind: 'list',
      ordered: true,
      items: [
        ...copiesAttached(details),
        ...(figures ? [`Расчёт ${figures.kind === '395' ? 'процентов' : 'неустойки'} (в тексте претензии).`] : []),
      ],
    },
  );
  return {
    header: letterHeader(debtor, details.addressee, me, decline),
    dateLine: formatDayLong(today),
    title: 'Претензия',
    subtitle: `о погашении задолженности по ${contractRef(details)}`,
    body,
    signatures: [signatureOf(me)],
    warnings: figures?.warnings ?? [],
  };
}
