/**
 * The instalment agreement (дополнительное соглашение): the debtor acknowledges the debt (ГК РФ ст. 203),
 * the schedule from the payment calculator, what happens when a payment is missed, bank details, signatures.
 */
import { dayOfUtcDate, formatDay } from '../date/day';
import { formatDayLong } from '../date/words';
import { formatRub } from '../money/kopecks';
import { formatBp } from '../money/percent';
import { FREQUENCY_LABELS, METHOD_LABELS, paymentsCount } from '../calculator/words';
import { amountText, bankText, blank, contractRef, endSentence, idLine, partyName, signatureOf } from './common';
import type { DocInput } from './inputs';
import type { Block, DocParts } from './model';

/** Build the agreement; without a schedule (no calculator link) the schedule is left as a blank. */
export function installment(input: DocInput): DocParts {
  const { me, debtor, details, today, installment: plan } = input;
  const amount = plan ? plan.input.amount : null;
  const body: Block[] = [
    {
      kind: 'para',
      indent: true,
      text:
        `${partyName(me)} (${idLine(me)}), далее — Кредитор, и ${partyName(debtor)} (${idLine(debtor)}), ` +
        `далее — Должник, вместе — Стороны, заключили настоящее соглашение к ${contractRef(details)} (далее — Договор) о следующем.`,
    },
    {
      kind: 'para',
      indent: true,
      text: endSentence(
        `1. Должник признаёт задолженность перед Кредитором по Договору в размере ${amountText(amount)} по состоянию на ${formatDayLong(today)}`,
      ),
    },
  ];
  if (plan) {
    const { input: p, schedule } = plan;
    const regular = schedule.rows.filter((r) => !r.down);
    const withInterest = p.rateBp > 0;
    let how = `2. Должник погашает задолженность ${FREQUENCY_LABELS[p.every]}, в ${paymentsCount(regular.length)}`;
    if (p.down > 0)
      how = `2. Должник погашает задолженность первым взносом и далее ${FREQUENCY_LABELS[p.every]}, в ${paymentsCount(regular.length)}`;
    if (withInterest)
      how += `, ${METHOD_LABELS[p.method]}, с процентами ${formatBp(p.rateBp)} годовых на остаток долга, начисляемыми с ${formatDay(dayOfUtcDate(schedule.rows[0]?.date ?? p.start))}`;
    body.push({ kind: 'para', indent: true, text: `${how}, не позднее следующих дат:` });
    body.push({
      kind: 'table',
      caption: 'График платежей',
      columns: [
        { label: '№' },
        { label: 'Срок оплаты (не позднее)' },
        ...(withInterest
          ? [
              { label: 'Основной долг', numeric: true },
              { label: 'Проценты', numeric: true },
            ]
          : []),
        { label: 'Сумма платежа', numeric: true },
      ],
      rows: schedule.rows.map((r) => [
        r.down ? 'Первый взнос' : String(r.number),
        formatDay(dayOfUtcDate(r.date)),
        ...(withInterest ? [formatRub(r.principal), formatRub(r.interest)] : []),
        formatRub(r.payment),
      ]),
      total: [
        'Итого',
        '',
        ...(withInterest ? [formatRub(p.amount), formatRub(schedule.overpayment)] : []),
        formatRub(schedule.totalPaid),
      ],
    });
  } else {
    body.push({
      kind: 'para',
      indent: true,
      text: `2. Должник погашает задолженность по графику: ${blank('даты и суммы платежей — составьте график в калькуляторе рассрочки')}.`,
    });
  }
  body.push(
    {
      kind: 'para',
      indent: true,
      text: `3. Платежи перечисляются на счёт Кредитора. ${bankText(me)} Платёж считается внесённым в день поступления денег на этот счёт. Должник вправе погасить задолженность досрочно.`,
    },
    {
      kind: 'para',
      indent: true,
      text:
        '4. Если Должник пропустит срок очередного платежа или внесёт его не полностью, Кредитор вправе потребовать ' +
        'погасить весь оставшийся долг досрочно в течение 5 рабочих дней со дня такого требования, а на просроченную сумму ' +
        'начисляются проценты по статье 395 Гражданского кодекса РФ.',
    },
    {
      kind: 'para',
      indent: true,
      text: '5. Подписывая настоящее соглашение, Должник признаёт долг в размере, указанном в пункте 1 (статья 203 Гражданского кодекса РФ).',
    },
    {
      kind: 'para',
      indent: true,
      text: '6. Соглашение вступает в силу со дня подписания, является неотъемлемой частью Договора и составлено в двух экземплярах, по одному для каждой из Сторон. В остальном условия Договора не меняются.',
    },
  );
  return {
    header: [],
    dateLine: formatDayLong(today),
    title: 'Дополнительное соглашение',
    subtitle: `к ${contractRef(details)} о рассрочке погашения задолженности`,
    body,
    signatures: [signatureOf(me, 'Кредитор'), signatureOf(debtor, 'Должник')],
  };
}
