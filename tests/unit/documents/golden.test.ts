/**
 * Every document's whole text for a fixed set of inputs, kept as files under __golden__/: a refactor must leave
 * them byte-identical, and a change in a document's wording shows up as a reviewed diff of these files
 * (update with `npx vitest run -u tests/unit/documents/golden.test.ts`). The inputs go through the page's own
 * readers of the URL (documents' url-state, the claim calculator's result, the payment calculator's schedule).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/documents/build';
import { DOCS } from '../../../src/lib/documents/catalog';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import {
  emptyDetails,
  emptyParty,
  type DocInput,
  type InvoiceFact,
  type Party,
} from '../../../src/lib/documents/inputs';
import { readScheduleUrl } from '../../../src/lib/documents/installment-url';
import { DOC_IDS, type DocModel } from '../../../src/lib/documents/model';
import { renderText } from '../../../src/lib/documents/render-text';
import { readDocUrl } from '../../../src/lib/documents/url-state';
import { DEBTOR, ME, day, fullInput } from './fixtures';

const TODAY = '2026-11-30';

const IP: Party = {
  ...emptyParty('ip'),
  name: 'ИП Петров Пётр Петрович',
  inn: '500100732259',
  ogrn: '304500116000157',
  address: '141400, Московская обл., г. Химки, ул. Ленина, д. 1, кв. 2',
  signer: 'Петров Пётр Петрович',
  bank: { account: '40802810400000000001', bank: 'АО «Т-Банк»', bik: '044525974', corr: '30101810145250000974' },
};
const PERSON: Party = {
  ...emptyParty('person'),
  name: 'Сидорова Мария Ивановна',
  address: '620014, г. Екатеринбург, ул. Малышева, д. 5, кв. 10',
  signer: 'Сидорова Мария Ивановна',
};

/** The page's input for a documents URL (as DocumentsApp assembles it), with the given parties. */
function fromUrl(
  query: string,
  me: Party,
  debtor: Party,
  facts: InvoiceFact[] = [],
): (doc: (typeof DOC_IDS)[number]) => DocInput {
  const params = new URLSearchParams(query);
  const url = readDocUrl(params, day(TODAY));
  // The invoices' numbers and dates typed in the form, matched by order (as doc-input.ts does).
  const debt = url.debt && { ...url.debt, invoices: url.debt.invoices.map((l, i) => ({ ...l, fact: facts[i] })) };
  const base = fullInput();
  return (doc) => ({
    ...base,
    me,
    debtor: url.debtorKind ? { ...debtor, kind: url.debtorKind } : debtor,
    debt,
    claim: DOCS[doc].needs === 'claim-calculation' ? readClaimUrl(params, TODAY) : null,
    installment: doc === 'installment' && params.has('amount') ? readScheduleUrl(params, day(TODAY)) : base.installment,
  });
}

const CASES: Record<string, (doc: (typeof DOC_IDS)[number]) => DocInput> = {
  fixture: () => fullInput(),
  'fixture-sent': () => fullInput({ debt: { ...fullInput().debt!, claimSent: day('2026-11-16') } }),
  'two-invoices-payment-to-2': fromUrl(
    'debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000:2&to=2026-11-30',
    ME,
    DEBTOR,
  ),
  'two-invoices-numbered': fromUrl('debt=60000&due=2026-07-15&inv=2026-08-15:40000&to=2026-11-30', ME, DEBTOR, [
    { no: '7', date: '2026-07-01' },
    { no: '9', date: '2026-08-01' },
  ]),
  'one-invoice-numbered': fromUrl('debt=60000&due=2026-07-15&to=2026-11-30', ME, DEBTOR, [
    { no: '7', date: '2026-07-01' },
  ]),
  'penalty-ip': fromUrl(
    'debt=150000&due=2026-03-01&kind=penalty&penalty=0.1&cap=10&to=2026-11-30&claimSent=2026-10-01&debtor=ip',
    ME,
    IP,
  ),
  'moratorium-person': fromUrl('debt=500000&due=2022-05-10&to=2026-11-30&debtor=person', IP, PERSON),
  'big-with-rate': fromUrl('debt=3000000&due=2025-01-10&rate=2026-09-01:16.5&to=2026-11-30', ME, DEBTOR),
  'installment-url': fromUrl(
    'doc=installment&amount=240000&down=40000&n=4&every=month&start=2026-12-15&rate=12&method=equal-principal',
    IP,
    DEBTOR,
  ),
  'order-cancelled': fromUrl(
    'debt=300000&due=2026-06-01&to=2026-11-30&claimSent=2026-06-10&orderFiled=2026-08-01&orderCancelled=2026-09-01',
    ME,
    DEBTOR,
  ),
  'after-judgment-person': (doc) => {
    const input = fromUrl('debt=45000&due=2026-03-01&to=2026-11-30&debtor=person', ME, PERSON)(doc);
    return {
      ...input,
      details: {
        ...input.details,
        court: 'Басманный районный суд города Москвы',
        courtAddress: '107078, г. Москва, ул. Каланчёвская, д. 11',
        caseNo: '2-1234/2027',
        judgmentDate: '2027-02-01',
        judgmentInForce: '2027-03-05',
        writKind: 'writ',
        writNo: 'ФС № 012345678',
        writDate: '2027-03-20',
        bailiffs: 'Басманный РОСП ГУФССП России по г. Москве, 105066, г. Москва, ул. Нижняя Красносельская, д. 5',
        fsspArrest: 'yes',
        fsspTravel: 'yes',
        repName: 'Орлов Олег Олегович',
        repPoa: '№ 5 от 01.12.2026',
      },
      debtor: {
        ...input.debtor,
        bank: { account: '', bank: 'ПАО Сбербанк', bik: '044525225', corr: '' },
      },
    };
  },
  'empty-parties': () => ({
    ...fullInput(),
    me: emptyParty('company'),
    debtor: emptyParty('person'),
    details: emptyDetails(),
    debt: null,
  }),
};

function dump(model: DocModel): string {
  return [
    `file: ${model.fileName}`,
    ...(model.warnings ?? []).map((w) => `warning: ${w}`),
    ...(model.message !== undefined ? ['message:', model.message] : []),
    '---',
    renderText(model),
    '',
  ].join('\n');
}

describe('every document reads the same as before', () => {
  for (const [name, input] of Object.entries(CASES))
    for (const doc of DOC_IDS)
      it(`${doc} for ${name}`, async () => {
        await expect(dump(buildDocument(doc, input(doc)))).toMatchFileSnapshot(`__golden__/${name}/${doc}.txt`);
      });
});
