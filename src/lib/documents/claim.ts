/**
 * The claim letter (претензия): the parties, the contract, the invoices and acts, the debt, the interest
 * or penalty with its calculation as a table, the deadline to pay, bank details, what follows if unpaid,
 * the attachments. The calculation comes from the claim calculator (ClaimFigures); without it the letter
 * claims the debt and leaves the interest to be added.
 */
import { formatDateLong, formatDateNumeric } from '../format/date';
import { formatRub } from '../money/kopecks';
import {
  addresseeLines,
  amountText,
  bankText,
  blank,
  contractRef,
  debtLeft,
  documentLines,
  fileName,
  firstDue,
  orBlank,
  partyName,
  senderLines,
  signatureOf,
} from './common';
import type { ClaimFigures, DocInput } from './inputs';
import type { Block, DocModel } from './model';

/** The calculation as a table, the way a court reads it. */
export function calculationTable(claim: ClaimFigures): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    caption: claim.kind === '395' ? 'Расчёт процентов по статье 395 ГК РФ' : 'Расчёт неустойки',
    columns: [
      { label: 'Период' },
      { label: 'Дней', numeric: true },
      { label: 'Сумма долга', numeric: true },
      { label: 'Ставка' },
      { label: 'Формула' },
      { label: 'Сумма', numeric: true },
    ],
    rows: claim.rows.map((r) => [
      `${formatDateNumeric(r.from)} – ${formatDateNumeric(r.to)}`,
      String(r.days),
      formatRub(r.base),
      r.rate,
      r.formula,
      formatRub(r.amount),
    ]),
    total: ['Итого', String(claim.rows.reduce((s, r) => s + r.days, 0)), '', '', '', formatRub(claim.interest)],
  };
}

/** The sentence naming the interest or penalty and its legal basis. */
function interestText(claim: ClaimFigures): string {
  const period = claim.from ? `за период с ${formatDateNumeric(claim.from)} по ${formatDateNumeric(claim.to)} ` : '';
  return claim.kind === '395'
    ? `За пользование чужими денежными средствами на сумму долга начисляются проценты в размере ключевой ставки Банка России, действовавшей в соответствующие периоды (пункт 1 статьи 395 Гражданского кодекса РФ). Проценты ${period}составляют ${amountText(claim.interest)}; расчёт приведён ниже.`
    : `За просрочку оплаты Договором установлена неустойка (статья 330 Гражданского кодекса РФ). Неустойка ${period}составляет ${amountText(claim.interest)}; расчёт приведён ниже.`;
}

/** Build the claim letter. */
export function claim(input: DocInput): DocModel {
  const { me, debtor, details, debt, today, decline, claim: figures } = input;
  const principal = figures ? figures.principal : debtLeft(debt);
  const due = firstDue(debt);
  const docs = documentLines(details);
  const subject = details.subject.trim() ? ` на ${details.subject.trim()}` : '';
  const arbitration = debtor.kind !== 'person';
  const body: Block[] = [
    {
      kind: 'para',
      indent: true,
      text: `Между ${partyName(me)} (далее — Кредитор) и ${partyName(debtor)} (далее — Должник) заключён ${contractRef(details).replace(/^договору/, 'договор')}${subject} (далее — Договор).`,
    },
    {
      kind: 'para',
      indent: true,
      text:
        docs.length > 0
          ? 'Кредитор исполнил свои обязательства по Договору, что подтверждается документами:'
          : `Кредитор исполнил свои обязательства по Договору, что подтверждается ${blank('счета, акты, накладные')}.`,
    },
  ];
  if (docs.length > 0) body.push({ kind: 'list', ordered: false, items: docs });
  const paid = debt?.payments.reduce((s, p) => s + p.amount, 0) ?? 0;
  body.push({
    kind: 'para',
    indent: true,
    text:
      `Должник обязан был оплатить их не позднее ${due ? formatDateNumeric(due) : blank('дата')}, однако оплату в полном объёме не произвёл` +
      (paid > 0 ? ` (оплачено ${formatRub(paid)})` : '') +
      `. Задолженность Должника на ${formatDateLong(figures?.to ?? debt?.to ?? today)} составляет ${amountText(principal)}.`,
  });
  if (figures && figures.rows.length > 0) {
    body.push({ kind: 'para', indent: true, text: interestText(figures) }, calculationTable(figures));
  } else {
    body.push({
      kind: 'para',
      indent: true,
      text: `Кроме того, на сумму долга начисляются проценты по статье 395 Гражданского кодекса РФ: ${blank('сумма и расчёт процентов — посчитайте в калькуляторе «Сколько требовать»')}.`,
    });
  }
  const total = figures ? figures.claimAmount : principal;
  const days = orBlank(details.payDays, 'число');
  body.push(
    {
      kind: 'para',
      indent: true,
      text:
        `Требуем в течение ${days} календарных дней с даты получения настоящей претензии оплатить ${amountText(total)}` +
        (figures && figures.interest > 0
          ? ` (долг ${formatRub(figures.principal)} и ${figures.kind === '395' ? 'проценты' : 'неустойка'} ${formatRub(figures.interest)})`
          : '') +
        ' по реквизитам:',
    },
    { kind: 'para', indent: true, text: bankText(me) },
    {
      kind: 'para',
      indent: true,
      text: arbitration
        ? 'Если оплата не поступит, Кредитор обратится в арбитражный суд: спор может быть передан в суд по истечении 30 календарных дней со дня направления претензии (часть 5 статьи 4 Арбитражного процессуального кодекса РФ). Кредитор потребует взыскать долг, проценты по день фактической оплаты (статья 395 Гражданского кодекса РФ) и судебные расходы, в том числе государственную пошлину.'
        : 'Если оплата не поступит, Кредитор обратится в суд и потребует взыскать долг, проценты по день фактической оплаты (статья 395 Гражданского кодекса РФ) и судебные расходы, в том числе государственную пошлину.',
    },
    { kind: 'para', text: 'Приложения:' },
    {
      kind: 'list',
      ordered: true,
      items: [
        `Копия ${contractRef(details).replace(/^договору/, 'договора')}.`,
        ...(docs.length > 0 ? [`Копии документов: ${docs.join('; ')}.`] : ['Копии счетов и актов.']),
        ...(figures ? [`Расчёт ${figures.kind === '395' ? 'процентов' : 'неустойки'} (в тексте претензии).`] : []),
      ],
    },
  );
  return {
    id: 'claim',
    fileName: fileName('pretenziya', input),
    header: [...addresseeLines(debtor, details.addressee, decline), '', ...senderLines(me)],
    dateLine: formatDateLong(today),
    title: 'Претензия',
    subtitle: `о погашении задолженности по ${contractRef(details)}`,
    body,
    signatures: [signatureOf(me)],
  };
}
