/** The payment reminder: a polite letter, and a short text for e-mail or a messenger. */
import { formatDayLong } from '../date/words';
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
import type { Block, DocParts } from './model';
import { greetingName } from './names';

/** Build the reminder. */
export function reminder(input: DocInput): DocParts {
  const { me, debtor, details, debt, today, decline } = input;
  const left = debtLeft(debt);
  const due = dueText(debt);
  const greetName = greetingName(personOf(debtor));
  const docs = documentLines(details);
  const body: Block[] = [
    { kind: 'para', text: greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!', align: 'center' },
    {
      kind: 'para',
      indent: true,
      text:
        `Напоминаем, что по ${contractRef(details)} срок оплаты истёк ${due}. ` +
        `По нашим данным, на ${formatDayLong(debt?.to ?? today)} задолженность ${partyName(debtor)} составляет ${amountText(left)}.`,
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
  const amount = rubOrBlank(left);
  const message =
    `${greetName ? `Здравствуйте, ${greetName}!` : 'Здравствуйте!'} Напоминаем об оплате по ${contractRef(details)}: ` +
    `срок оплаты истёк ${due}, к оплате ${amount}. ` +
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
