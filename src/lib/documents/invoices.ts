/**
 * The invoices behind the debt as the letters and applications state them: each with its number and date
 * (typed in the form, stored-state.ts), its amount and its own due date (from the link or the case), and the
 * documents that prove the work, listed after «подтверждается документами:» so typed lines keep their case.
 */
import { formatDay } from '../date/day';
import { formatRub } from '../money/kopecks';
import { blank, dateOrBlank, documentLines, dueText, orBlank } from './common';
import type { CaseDetails, DebtFacts, DebtLine } from './inputs';
import type { Block } from './model';

/** «счёт № 15 от 01.10.2026» («счёта …»), with a blank for what was not typed; '' when nothing was. */
export function invoiceName(l: DebtLine, word = 'счёт', always = false): string {
  const no = l.fact?.no.trim() ?? '';
  const date = l.fact?.date ?? '';
  return always || no || date ? `${word} № ${orBlank(no, 'номер счёта')} от ${dateOrBlank(date, 'дата счёта')}` : '';
}

/** One invoice in a list: «счёт № 15 от 01.10.2026 на сумму 60 000,00 ₽ — не позднее 15.10.2026». */
export const invoiceItem = (l: DebtLine): string =>
  `${invoiceName(l, 'счёт', true)} на сумму ${formatRub(l.amount)} — не позднее ${formatDay(l.due)}`;

/** The invoices when the debt is in several (each then gets its own line), else null. */
export const several = (debt: DebtFacts | null): readonly DebtLine[] | null =>
  debt && debt.invoices.length > 1 ? debt.invoices : null;

const para = (text: string): Block => ({ kind: 'para', indent: true, text });

/**
 * What the debtor had to pay and by when, then `rest` (« (оплачено …). Задолженность …»): one sentence for one
 * invoice, a list with each invoice's due date for several.
 */
export function dueBlocks(debt: DebtFacts | null, who: string, but: string, rest: string): Block[] {
  const many = several(debt);
  if (many)
    return [
      para(`${who} обязан был оплатить:`),
      { kind: 'list', ordered: false, items: many.map(invoiceItem) },
      para(`Оплату в полном объёме ${who} не произвёл${rest}`),
    ];
  const name = debt?.invoices[0] ? invoiceName(debt.invoices[0]) : '';
  return [
    para(
      `${who} обязан был оплатить ${name || 'их'} не позднее ${dueText(debt)}, ${but} оплату в полном объёме не произвёл${rest}`,
    ),
  ];
}

/** «… исполнил свои обязательства по Договору, что подтверждается документами:» and the typed list, or a blank. */
export function evidenceBlocks(lead: string, details: CaseDetails): Block[] {
  const docs = documentLines(details);
  return docs.length > 0
    ? [para(`${lead}, что подтверждается документами:`), { kind: 'list', ordered: false, items: docs }]
    : [para(`${lead}, что подтверждается ${blank('счета, акты, накладные')}.`)];
}
