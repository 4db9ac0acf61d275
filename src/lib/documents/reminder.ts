/** The payment reminder: a polite letter, and a short text for e-mail or a messenger. */
import { formatDay } from '../date/day';
import { formatDayLong } from '../date/words';
import { formatRub } from '../money/kopecks';
import {
  amountText,
  bankText,
  contractRef,
  debtLeft,
  documentLines,
  dueText,
  letterHeader,
  partyName,
  personOf,
  rubOrBlank,
  signatureOf,
} from './common';
import type { DocInput } from './inputs';
import { invoiceItem, invoiceName, several } from './invoices';
import type { Block, DocParts } from './model';
import { greetingName } from './names';

/** Build the reminder. */
export function reminder(input: DocInput): DocParts {
  const { me, debtor, details, debt, today, decline } = input;
  const left = debtLeft(debt);
  const due = dueText(debt);
  const many = several(debt);
  const name = debt?.invoices[0] ? invoiceName(debt.invoices[0], 'счёта') : '';
  const greetName = greetingName(personOf(debtor));
  const docs = documentLines(details);
  const owed = `задолженность ${partyName(debtor)} составляет ${amountText(left)}.`;
  const on = `на ${formatDayLong(debt?.to ?? today)}`;
  const body: Block[] = [
    { kind: 'para', text: greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!', align: 'center' },
    ...(many
      ? [
          {
            kind: 'para',
            indent: true,
            text: `Напоминаем, что по ${contractRef(details)} нужно было оплатить:`,
          } as const,
          { kind: 'list', ordered: false, items: many.map(invoiceItem) } as const,
          { kind: 'para', indent: true, text: `По нашим данным, ${on} ${owed}` } as const,
        ]
      : [
          {
            kind: 'para',
            indent: true,
            text: `Напоминаем, что по ${contractRef(details)} срок оплаты${name ? ` ${name}` : ''} истёк ${due}. По нашим данным, ${on} ${owed}`,
          } as const,
        ]),
  ];
  if (docs.length > 0)
    body.push(
      { kind: 'para', indent: true, text: 'Задолженность по документам:' },
      { kind: 'list', ordered: false, items: docs },
    );
  body.push(
    {
      kind: 'para',
      indent: true,
      text:
        'Просим оплатить задолженность в течение 5 рабочих дней или сообщить, когда оплата будет произведена. ' +
        'Если оплата уже отправлена, просим прислать копию платёжного поручения — мы сверим расчёты.',
    },
    { kind: 'para', indent: true, text: bankText(me) },
    { kind: 'para', text: 'С уважением,' },
  );
  const amount = rubOrBlank(left);
  const message =
    `${greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!'} Напоминаем об оплате по ${contractRef(details)}: ` +
    (many
      ? `сроки оплаты: ${many.map((l) => `${formatDay(l.due)} — ${formatRub(l.amount)}`).join(', ')}; всего к оплате ${amount}. `
      : `срок оплаты истёк ${due}, к оплате ${amount}. `) +
    'Подскажите, пожалуйста, когда ждать оплату? Если она уже отправлена, пришлите, пожалуйста, платёжное поручение. ' +
    `Спасибо! ${partyName(me)}`;
  return {
    header: letterHeader(debtor, details.addressee, me, decline),
    dateLine: formatDayLong(today),
    title: 'Напоминание об оплате',
    subtitle: `по ${contractRef(details)}`,
    body,
    signatures: [signatureOf(me)],
    message,
  };
}
