/** The guarantee letter: written for the debtor to sign, naming the debt and the date it will be paid. */
import { formatDayLong } from '../date/words';
import {
  amountText,
  bankText,
  contractRef,
  dateOrBlank,
  debtLeft,
  endSentence,
  documentLines,
  idLine,
  letterHeader,
  partyName,
  signatureOf,
} from './common';
import type { DocInput } from './inputs';
import type { Block, DocParts } from './model';

/** Build the guarantee letter (from the debtor to the user). */
export function guarantee(input: DocInput): DocParts {
  const { me, debtor, details, debt, today, decline } = input;
  const left = debtLeft(debt);
  const docs = documentLines(details);
  const body: Block[] = [
    {
      kind: 'para',
      indent: true,
      text: endSentence(
        `${partyName(debtor)} (${idLine(debtor)}) подтверждает задолженность перед ${partyName(me)} (${idLine(me)}) ` +
          `по ${contractRef(details)} в размере ${amountText(left)} по состоянию на ${formatDayLong(debt?.to ?? today)}` +
          (docs.length > 0 ? ' по следующим документам:' : ''),
      ),
    },
  ];
  if (docs.length > 0) body.push({ kind: 'list', ordered: false, items: docs });
  body.push(
    {
      kind: 'para',
      indent: true,
      text: `${partyName(debtor)} гарантирует оплату этой задолженности в полном объёме в срок до ${dateOrBlank(details.promiseDate, 'дата')} включительно по реквизитам:`,
    },
    { kind: 'para', indent: true, text: bankText(me) },
  );
  return {
    header: letterHeader(me, '', debtor, decline),
    dateLine: formatDayLong(today),
    title: 'Гарантийное письмо',
    subtitle: `об оплате задолженности по ${contractRef(details)}`,
    body,
    signatures: [signatureOf(debtor)],
  };
}
