/** The payment reminder: a polite letter, and a short text for e-mail or a messenger. */
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
  partyName,
  personOf,
  senderLines,
  signatureOf,
} from './common';
import type { DocInput } from './inputs';
import type { Block, DocModel } from './model';
import { splitName } from './names';

/** «Иван Иванович» from «Иванов Иван Иванович» (how a letter greets a person), or nothing. */
function firstAndMiddle(full: string): string {
  const n = splitName(full);
  return [n.first, n.middle].filter(Boolean).join(' ');
}

/** Build the reminder. */
export function reminder(input: DocInput): DocModel {
  const { me, debtor, details, debt, today, decline } = input;
  const left = debtLeft(debt);
  const due = firstDue(debt);
  const dueText = due ? formatDateNumeric(due) : blank('дата');
  const greetName = firstAndMiddle(personOf(debtor));
  const docs = documentLines(details);
  const body: Block[] = [
    { kind: 'para', text: greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!', align: 'center' },
    {
      kind: 'para',
      indent: true,
      text:
        `Напоминаем, что по ${contractRef(details)} срок оплаты истёк ${dueText}. ` +
        `По нашим данным, на ${formatDateLong(debt?.to ?? today)} задолженность ${partyName(debtor)} составляет ${amountText(left)}.`,
    },
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
  const amount = left === null ? blank('сумма') : formatRub(left);
  const message =
    `${greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!'} Напоминаем об оплате по ${contractRef(details)}: ` +
    `срок оплаты истёк ${dueText}, к оплате ${amount}. ` +
    'Подскажите, пожалуйста, когда ждать оплату? Если она уже отправлена, пришлите, пожалуйста, платёжное поручение. ' +
    `Спасибо! ${partyName(me)}`;
  return {
    id: 'reminder',
    fileName: fileName('napominanie', input),
    header: [...addresseeLines(debtor, details.addressee, decline), '', ...senderLines(me)],
    dateLine: formatDateLong(today),
    title: 'Напоминание об оплате',
    subtitle: `по ${contractRef(details)}`,
    body,
    signatures: [signatureOf(me)],
    message,
  };
}
