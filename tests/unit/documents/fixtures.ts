import { buildSchedule } from '../../../src/lib/calculator/schedule';
import { requireDay, utcDate, type Day } from '../../../src/lib/date/day';
import { declineDative } from '../../../src/lib/documents/decline';
import { emptyDetails, emptyParty, type DocInput, type Party } from '../../../src/lib/documents/inputs';

/** The user: a company with published bank requisites (ВТБ's account of an audit firm, used as a sample). */
export const ME: Party = {
  ...emptyParty('company'),
  name: 'ООО «Лютик»',
  inn: '7707083893',
  ogrn: '1027700132195',
  address: '117997, г. Москва, ул. Вавилова, д. 19',
  position: 'Генеральный директор',
  signer: 'Смирнова Анна Сергеевна',
  email: 'pay@lyutik.example',
  phone: '+7 495 000-00-00',
  bank: { account: '40702810627060018754', bank: 'Банк ВТБ (ПАО)', bik: '044525411', corr: '30101810145250000411' },
};

/** The client. */
export const DEBTOR: Party = {
  ...emptyParty('company'),
  name: 'ООО «Ромашка»',
  inn: '7702070139',
  ogrn: '1027739609391',
  address: '190000, г. Санкт-Петербург, ул. Большая Морская, д. 29',
  position: 'Генеральный директор',
  signer: 'Иванов Иван Иванович',
  email: '',
  phone: '',
  bank: { account: '', bank: '', bik: '', corr: '' },
};

/** A day of the documents' input. */
export const day = (iso: string): Day => requireDay(iso);
/** A day as the payment calculator's schedule carries it (a UTC-midnight `Date`). */
export const date = (iso: string): Date => utcDate(requireDay(iso));

/** A whole input: a debt of 108 887,99 ₽ in two invoices, one partial payment, a schedule of 3 payments. */
export function fullInput(over: Partial<DocInput> = {}): DocInput {
  const input = {
    amount: 10888799,
    down: 0,
    n: 3,
    every: 'month' as const,
    start: date('2026-12-10'),
    rateBp: 0,
    method: 'annuity' as const,
  };
  return {
    today: day('2026-11-30'),
    me: ME,
    debtor: DEBTOR,
    details: {
      ...emptyDetails(),
      contractNo: '12/2026',
      contractDate: '2026-09-01',
      subject: 'оказание услуг по разработке сайта',
      documents: 'счёт № 15 от 01.10.2026\nакт № 15 от 05.10.2026\nакт № 18 от 01.11.2026',
      promiseDate: '2026-12-20',
      court: 'Арбитражный суд города Санкт-Петербурга и Ленинградской области',
      courtAddress: '191124, г. Санкт-Петербург, ул. Смольного, д. 6',
    },
    debt: {
      invoices: [
        { due: day('2026-10-15'), amount: 6000000 },
        { due: day('2026-11-10'), amount: 5888799 },
      ],
      payments: [{ date: day('2026-11-01'), amount: 1000000 }],
      to: day('2026-11-30'),
      claimSent: null,
    },
    claim: null,
    installment: { input, schedule: buildSchedule(input) },
    recon: {
      opening: 0,
      from: '2026-10-01',
      to: '2026-11-30',
      lines: [
        { date: '2026-10-05', doc: 'Акт № 15', amount: 6000000, side: 'debit' },
        { date: '2026-11-01', doc: 'Платёжное поручение № 301', amount: 1000000, side: 'credit' },
        { date: '2026-11-01', doc: 'Акт № 18', amount: 5888799, side: 'debit' },
      ],
    },
    decline: declineDative,
    ...over,
  };
}
