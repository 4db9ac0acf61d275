import { describe, expect, it } from 'vitest';
import { claimedDebt, copiesAttached } from '../../../src/lib/documents/claim-parts';
import { contractRef, dueText, letterHeader } from '../../../src/lib/documents/common';
import { buildDocument } from '../../../src/lib/documents/build';
import { emptyDetails } from '../../../src/lib/documents/inputs';
import { DEBTOR, ME, fullInput } from './fixtures';

const text = (lines: readonly string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
const input = fullInput();

describe('the letter header the reminder, the claim and the guarantee letter share', () => {
  it('puts whom it is to (dative), a blank line, then from whom with ИНН/ОГРН, address and contacts', () => {
    expect(text(letterHeader(DEBTOR, '', ME, input.decline))).toEqual([
      'Генеральному директору',
      'ООО «Ромашка»',
      'Иванову И. И.',
      '190000, г. Санкт-Петербург, ул. Большая Морская, д. 29',
      '',
      'от ООО «Лютик»',
      'ИНН 7707083893, ОГРН 1027700132195',
      '117997, г. Москва, ул. Вавилова, д. 19',
      'тел. +7 495 000-00-00, эл. почта pay@lyutik.example',
    ]);
  });
  it('uses the addressee lines typed by hand, then the address', () => {
    expect(text(letterHeader(DEBTOR, ' Директору \n\nПетрову П. П.', ME)).slice(0, 4)).toEqual([
      'Директору',
      'Петрову П. П.',
      '190000, г. Санкт-Петербург, ул. Большая Морская, д. 29',
      '',
    ]);
  });
  it('is the header of the reminder and the claim (to the debtor) and of the guarantee letter (to the user)', () => {
    const toDebtor = letterHeader(DEBTOR, input.details.addressee, ME, input.decline);
    expect(buildDocument('reminder', input).header).toEqual(toDebtor);
    expect(buildDocument('claim', input).header).toEqual(toDebtor);
    expect(buildDocument('guarantee', input).header).toEqual(letterHeader(ME, '', DEBTOR, input.decline));
  });
});

describe('pieces of the letters', () => {
  it('names the contract in the case the sentence needs, with blanks for what is missing', () => {
    expect(contractRef(input.details)).toBe('договору № 12/2026 от 01.09.2026');
    expect(contractRef(input.details, 'договор')).toBe('договор № 12/2026 от 01.09.2026');
    expect(contractRef(emptyDetails(), 'договора')).toBe('договора № [номер] от [дата]');
  });
  it('gives the earliest due date, or a blank without invoices', () => {
    expect(dueText(input.debt)).toBe('15.10.2026');
    expect(dueText(null)).toBe('[дата]');
  });
  it('attaches the contract and the documents as typed, or copies of invoices and acts', () => {
    expect(copiesAttached(input.details)).toEqual([
      'Копия договора № 12/2026 от 01.09.2026.',
      'Копии документов: счёт № 15 от 01.10.2026; акт № 15 от 05.10.2026; акт № 18 от 01.11.2026.',
    ]);
    expect(copiesAttached(emptyDetails())).toEqual(['Копия договора № [номер] от [дата].', 'Копии счетов и актов.']);
  });
  it('claims the invoices less the payments without a calculation', () => {
    expect(claimedDebt(input)).toBe(10_888_799);
    expect(claimedDebt({ debt: null, claim: null })).toBeNull();
  });
});
