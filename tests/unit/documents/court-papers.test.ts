/**
 * The suit, the request for a writ, the application to the bank and the application to the bailiffs: each court's
 * law and attachments for each kind of debtor, the suit's numbers equal to the claim calculator's for the same link,
 * the duty less a cancelled order's, the bailiffs' requests the law allows, and each .docx opening with its key
 * parts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { strFromU8, unzipSync } from 'fflate';
import { Packer } from 'docx';
import { calculateClaim } from '../../../src/lib/claim/calculate';
import { checkClaim } from '../../../src/lib/claim/input-check';
import { fromSearchParams } from '../../../src/lib/claim/url-state';
import { buildDocument } from '../../../src/lib/documents/build';
import { readClaimUrl } from '../../../src/lib/documents/claim-url';
import { PARTY_KINDS, emptyParty, type DocInput, type Party, type PartyKind } from '../../../src/lib/documents/inputs';
import { suitFigures } from '../../../src/lib/documents/lawsuit';
import type { DocId } from '../../../src/lib/documents/model';
import { docxDocument } from '../../../src/lib/documents/render-docx';
import { renderText } from '../../../src/lib/documents/render-text';
import { readDocUrl } from '../../../src/lib/documents/url-state';
import { TRAVEL_BAN } from '../../../src/lib/legal/enforcement';
import { formatRub } from '../../../src/lib/money/kopecks';
import { DEBTOR, day, fullInput } from './fixtures';

const TODAY = '2026-11-30';

/** A debtor of each kind. */
const DEBTORS: Record<PartyKind, Party> = {
  company: DEBTOR,
  ip: { ...emptyParty('ip'), name: 'ИП Петров Пётр Петрович', inn: '500100732259', ogrn: '304500116000157' },
  person: { ...emptyParty('person'), name: 'Сидорова Мария Ивановна', address: 'г. Тверь, ул. Вторая, д. 2' },
};

/** The page's input for a claim calculator link, as the documents page builds it (url-state + claim-url). */
function fromLink(query: string, over: Partial<DocInput> = {}): DocInput {
  const params = new URLSearchParams(query);
  const url = readDocUrl(params, day(TODAY));
  const base = fullInput();
  const kind = url.debtorKind ?? 'company';
  return { ...base, debtor: DEBTORS[kind], debt: url.debt, claim: readClaimUrl(params, TODAY), ...over };
}

/** The claim calculator's own result for the same link (its URL reader, checks and calculation). */
function calculator(query: string) {
  const { state } = fromSearchParams(new URLSearchParams(query), TODAY);
  return calculateClaim(checkClaim(state, TODAY).input!);
}

/** A text with non-breaking and thin spaces read as plain ones, as a reader sees them. */
const plain = (t: string) => t.replace(/[\u00a0\u202f\u2009]/g, ' ');
const rub = (kopecks: number) => plain(formatRub(kopecks));
const text = (id: DocId, input: DocInput) => plain(renderText(buildDocument(id, input)));

describe('the suit', () => {
  it.each(PARTY_KINDS)('against a debtor «%s» goes to its court, under its law, with its attachments', (kind) => {
    const t = text('lawsuit', { ...fullInput(), debtor: DEBTORS[kind] });
    if (kind === 'person') {
      expect(t).toContain('статьями 131, 132 Гражданского процессуального кодекса РФ');
      expect(t).toContain('направление Ответчику копий искового заявления');
      expect(t).not.toContain('ЕГРЮЛ');
      // No claim letter was sent, and none is required of a private person by the contract alone.
      expect(t).not.toContain('Претензионный порядок');
    } else {
      expect(t).toContain('статьями 125, 126 Арбитражного процессуального кодекса РФ');
      expect(t).toContain('направление Ответчику копии искового заявления');
      expect(t).toContain('Выписки из ЕГРЮЛ или ЕГРИП об Истце и Ответчике, полученные не ранее чем за 30 дней');
      expect(t).toContain('Претензионный порядок соблюдён: претензия направлена Ответчику [дата отправки претензии]');
    }
    expect(t).toContain('по день фактической уплаты долга (пункт 3 статьи 395 Гражданского кодекса РФ)');
  });

  it('names the pre-trial claim with its date, for a private person too once it was sent', () => {
    const sent = { ...fullInput().debt!, claimSent: day('2026-11-02') };
    for (const kind of PARTY_KINDS) {
      const t = text('lawsuit', { ...fullInput(), debtor: DEBTORS[kind], debt: sent });
      expect(t, kind).toContain('02.11.2026');
      expect(t, kind).toContain('Копия претензии и документ о её отправке 02.11.2026.');
    }
  });

  it('addresses a magistrate up to the magistrate’s limit and a district court above it', () => {
    const small = fromLink('debt=50000&due=2026-10-15&to=2026-11-30&debtor=person');
    const big = fromLink('debt=400000&due=2026-10-15&to=2026-11-30&debtor=person');
    expect(suitFigures(small).hears).toBe('magistrate');
    expect(text('lawsuit', small)).toMatch(/^Мировому судье /);
    expect(suitFigures(big).hears).toBe('district');
    expect(text('lawsuit', big)).toMatch(/^В /);
  });

  it.each([
    ['company', 'debt=60000&due=2026-10-15&inv=2026-11-10:58887.99&pay=2026-11-01:10000&to=2026-11-30'],
    ['ip', 'debt=150000&due=2026-03-01&kind=penalty&penalty=0.1&cap=10&to=2026-11-30&debtor=ip'],
    ['person', 'debt=500000&due=2022-05-10&to=2026-11-30&debtor=person'],
  ])('states the claim calculator’s numbers for the same link (%s)', (_kind, query) => {
    const result = calculator(query);
    const input = fromLink(query);
    const f = suitFigures(input);
    const suitDuty = result.route.options.find((o) => o.procedure === 'claim')!.duty;
    expect(f.principal).toBe(result.totals.debtLeft);
    expect(f.interest).toBe(result.totals.interest);
    expect(f.amount).toBe(result.totals.claim);
    expect(f.duty).toBe(suitDuty);
    const t = text('lawsuit', input);
    expect(t).toContain(`Цена иска: ${rub(result.totals.claim)}`);
    expect(t).toContain(`Государственная пошлина: ${rub(suitDuty)}`);
    expect(t).toContain(rub(result.totals.interest));
    // The calculation to the link's date, row by row.
    for (const row of result.rows) expect(t).toContain(rub(row.amount));
  });

  it('credits a cancelled order’s duty: as typed, else the order’s duty for the same price, with a warning', () => {
    const query = 'debt=300000&due=2026-06-01&to=2026-11-30&orderFiled=2026-08-01&orderCancelled=2026-09-01';
    const result = calculator(query);
    const suitDuty = result.route.options.find((o) => o.procedure === 'claim')!.duty;
    const orderDuty = result.route.options.find((o) => o.procedure === 'order')!.duty;
    const counted = fromLink(query);
    const f = suitFigures(counted);
    expect(f.cancelled).toBe(day('2026-09-01'));
    expect([f.credit, f.toPay, f.creditCounted]).toEqual([orderDuty, suitDuty - orderDuty, true]);
    const doc = buildDocument('lawsuit', counted);
    expect(plain(renderText(doc))).toContain(
      `Государственная пошлина: ${rub(suitDuty - orderDuty)} (${rub(suitDuty)} за вычетом ${rub(orderDuty)}, уплаченных за судебный приказ)`,
    );
    expect(plain(renderText(doc))).toContain('определением от 01.09.2026 судебный приказ отменён');
    expect(plain(renderText(doc))).toContain('подпункт 7 пункта 1 статьи 333.22 Налогового кодекса РФ');
    expect(doc.warnings?.some((w) => w.includes('Пошлина, уплаченная за приказ'))).toBe(true);
    // The court still awards the whole duty: the credit only lowers what is paid now.
    expect(plain(renderText(doc))).toContain(`государственной пошлины в размере ${rub(suitDuty)}`);

    const typed = fromLink(query, { details: { ...fullInput().details, orderDuty: '8 000' } });
    expect(suitFigures(typed)).toMatchObject({ credit: 800000, toPay: suitDuty - 800000, creditCounted: false });
    expect(buildDocument('lawsuit', typed).warnings?.some((w) => w.includes('Пошлина, уплаченная за приказ'))).toBe(
      false,
    );
  });

  it('a general court’s credit cites its own article; a date typed by hand counts as the order cancelled', () => {
    const input = fromLink('debt=60000&due=2026-10-15&to=2026-11-30&debtor=person', {
      details: { ...fullInput().details, orderCancelled: '2026-11-01', orderDuty: '1000' },
    });
    const t = text('lawsuit', input);
    expect(t).toContain('подпункт 13 пункта 1 статьи 333.20 Налогового кодекса РФ');
    expect(t).toContain('определением от 01.11.2026');
    expect(suitFigures(input).toPay).toBe(suitFigures(input).duty! - 100000);
  });

  it('the duty left to pay is the suit’s duty less the credit, never below zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (rubles) => {
        const input = fromLink('debt=60000&due=2026-10-15&to=2026-11-30', {
          details: { ...fullInput().details, orderDuty: String(rubles) },
        });
        const f = suitFigures(input);
        expect(f.credit).toBe(rubles * 100);
        expect(f.toPay).toBe(Math.max(f.duty! - rubles * 100, 0));
      }),
    );
  });

  it('warns that a sum fitting a court order needs the order first, and says when simplified procedure fits', () => {
    const small = buildDocument('lawsuit', fromLink('debt=60000&due=2026-10-15&to=2026-11-30'));
    expect(small.warnings?.[0]).toMatch(/^Сумма подходит для судебного приказа/);
    expect(plain(renderText(small))).toContain('Цена иска не превышает 1 200 000 рублей: дело может быть рассмотрено');
    const big = buildDocument('lawsuit', fromLink('debt=3000000&due=2026-10-15&to=2026-11-30'));
    expect(big.warnings?.join(' ')).not.toContain('судебного приказа');
    expect(plain(renderText(big))).not.toContain('упрощённого производства');
  });

  it('a representative signs with a power of attorney, attached', () => {
    const input = {
      ...fullInput(),
      details: { ...fullInput().details, repName: 'Орлов Олег Олегович', repPoa: '№ 5 от 01.12.2026' },
    };
    const t = text('lawsuit', input);
    expect(t).toContain('Представитель истца: Орлов Олег Олегович, доверенность № 5 от 01.12.2026');
    expect(t).toContain('Доверенность представителя № 5 от 01.12.2026.');
    expect(t).toContain('О. О. Орлов');
  });
});

/** A case after the judgment: the case number, the judgment's dates, the writ. */
const judged = {
  ...fullInput().details,
  caseNo: 'А56-1234/2027',
  judgmentDate: '2027-02-01',
  judgmentInForce: '2027-03-05',
  writKind: 'writ',
  writNo: 'ФС 012345678',
  writDate: '2027-03-20',
};

describe('the papers after the judgment', () => {
  it.each(PARTY_KINDS)('the request for a writ cites its court’s article (debtor «%s»)', (kind) => {
    const t = text('writ-request', { ...fullInput(), debtor: DEBTORS[kind], details: judged });
    expect(t).toContain(kind === 'person' ? 'статьёй 428 Гражданского' : 'статьёй 319 Арбитражного');
    expect(t).toContain('Дело № А56-1234/2027');
    expect(t).toContain('Решением суда от 01.02.2027');
    expect(t).toContain('вступило в законную силу 05.03.2027');
  });

  it('the application to the bank names the writ, its date and the creditor’s account', () => {
    const t = text('bank', { ...fullInput(), details: judged });
    expect(t).toContain('исполнительный лист № ФС 012345678 от 20.03.2027');
    expect(t).toContain('статьи 8 Федерального закона от 02.10.2007 № 229-ФЗ');
    expect(t).toContain('р/с 40702810627060018754');
    const order = text('bank', { ...fullInput(), details: { ...judged, writKind: 'order', writNo: '№ 2-77/2027' } });
    expect(order).toContain('судебный приказ № 2-77/2027 от 20.03.2027');
    expect(text('bank', fullInput())).toContain('[исполнительный лист или судебный приказ] № [серия и номер]');
  });

  it('a citizen or an ИП creditor leaves blanks for what the bank asks and the form does not keep', () => {
    expect(text('bank', { ...fullInput(), me: DEBTORS.ip })).toContain(
      'документ, удостоверяющий личность: [вид, серия и номер], гражданство: [гражданство].',
    );
    expect(text('bank', { ...fullInput(), me: DEBTORS.person })).toContain('гражданство: [гражданство]');
    expect(text('bank', fullInput())).not.toContain('гражданство');
  });

  it.each(PARTY_KINDS)(
    'the application to the bailiffs asks what is ticked and the law allows (debtor «%s»)',
    (kind) => {
      const asks = { ...judged, fsspArrest: 'yes', fsspTravel: 'yes' };
      const owing = (kopecks: number): DocInput => ({
        ...fullInput(),
        debtor: DEBTORS[kind],
        details: asks,
        debt: {
          invoices: [{ due: day('2026-10-01'), amount: kopecks }],
          payments: [],
          to: day(TODAY),
          claimSent: null,
        },
      });
      const above = buildDocument('fssp', owing(TRAVEL_BAN.limit + 1));
      const at = buildDocument('fssp', owing(TRAVEL_BAN.limit));
      expect(plain(renderText(above))).toContain('Наложить арест на имущество Должника');
      expect(plain(renderText(above)).includes('ограничение на выезд')).toBe(kind !== 'company');
      expect(plain(renderText(at))).not.toContain('ограничение на выезд');
      expect(at.warnings?.[0]).toContain('больше 30 000 ₽');
      const none = text('fssp', { ...owing(TRAVEL_BAN.limit + 1), details: judged });
      expect(none).not.toContain('Также прошу');
    },
  );
});

/** The text of a .docx's main part, after a strict XML parse of every part. */
async function openDocx(id: DocId, input: DocInput): Promise<string> {
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(docxDocument(buildDocument(id, input)))));
  for (const [name, bytes] of Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n))) {
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => errors.push(e.message));
    parser.write(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).close();
    expect(errors, name).toEqual([]);
  }
  // The runs' text, joined: Word splits a paragraph into runs.
  return [...strFromU8(files['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('each new document’s .docx opens and holds its key parts', () => {
  const query = 'debt=300000&due=2026-06-01&to=2026-11-30&orderFiled=2026-08-01&orderCancelled=2026-09-01';
  const details = { ...judged, fsspArrest: 'yes' };
  const cases: [DocId, string[]][] = [
    ['lawsuit', ['ИСКОВОЕ ЗАЯВЛЕНИЕ', 'Цена иска: ', 'по день фактической уплаты долга', 'за вычетом', 'ЕГРЮЛ']],
    ['writ-request', ['ЗАЯВЛЕНИЕ О ВЫДАЧЕ ИСПОЛНИТЕЛЬНОГО ЛИСТА', 'А56-1234/2027', '01.02.2027', 'статьёй 319']],
    ['bank', ['о приёме исполнительного документа к исполнению', 'ФС 012345678', '20.03.2027', '40702810627060018754']],
    ['fssp', ['ЗАЯВЛЕНИЕ О ВОЗБУЖДЕНИИ ИСПОЛНИТЕЛЬНОГО ПРОИЗВОДСТВА', 'ФС 012345678', 'Наложить арест']],
  ];
  it.each(cases)('%s', async (id, parts) => {
    const xml = await openDocx(id, fromLink(query, { details }));
    for (const part of parts) expect(xml.replace(/\u00a0/g, ' ')).toContain(part.replace(/\u00a0/g, ' '));
  });
});
