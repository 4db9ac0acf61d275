/**
 * A citizen's personal data for the court papers: kept in this browser's store (version 2, reading version 1
 * without losing anything), never in a URL, and checked as typed (СНИЛС by its control number, a passport as
 * 4 + 6 digits, a licence or a vehicle certificate as series and number).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkForm } from '../../../src/lib/documents/input-check';
import { emptyParty, ID_KINDS, type Party } from '../../../src/lib/documents/inputs';
import { checkPassport, checkSeriesNumber, checkSnils } from '../../../src/lib/documents/requisites';
import { emptyStored } from '../../../src/lib/documents/stored-state';
import { readStored } from '../../../src/lib/documents/stored-read';
import { readDocUrl, withDoc } from '../../../src/lib/documents/url-state';
import { buildDocument } from '../../../src/lib/documents/build';
import { DOCS } from '../../../src/lib/documents/catalog';
import { partyGaps } from '../../../src/lib/documents/party-parts';
import { renderText } from '../../../src/lib/documents/render-text';
import { ME, day, fullInput } from './fixtures';

const PERSON: Party = {
  ...emptyParty('person'),
  name: 'Орлова Вера Павловна',
  address: 'г. Тверь, ул. Вторая, д. 2',
  birthDate: '1975-06-05',
  birthPlace: 'г. Тула',
  workPlace: 'АО «Завод»',
  idKind: 'snils',
  idNumber: '112-233-445 95',
};

describe('the stored form keeps personal data in this browser', () => {
  it('writes version 2 and reads back every personal field', () => {
    const s = { ...emptyStored(), debtor: PERSON };
    expect((JSON.parse(JSON.stringify(s)) as { version: number }).version).toBe(2);
    expect(readStored(JSON.stringify(s))).toEqual(s);
  });

  it('reads a version-1 store as version 2 with every field typed before kept and the new ones empty', () => {
    const { birthDate, birthPlace, workPlace, idKind, idNumber, ...oldDebtor } = PERSON;
    void [birthDate, birthPlace, workPlace, idKind, idNumber];
    const { birthDate: b, birthPlace: bp, workPlace: w, idKind: k, idNumber: n, ...oldMe } = ME;
    void [b, bp, w, k, n];
    const v1 = {
      version: 1,
      me: oldMe,
      debtor: oldDebtor,
      details: { ...emptyStored().details, contractNo: '12/2026' },
      recon: { opening: '100', from: '', to: '', lines: [] },
    };
    const read = readStored(JSON.stringify(v1));
    expect(read.version).toBe(2);
    expect(read.me).toEqual(ME);
    expect(read.debtor).toEqual({ ...PERSON, birthDate: '', birthPlace: '', workPlace: '', idKind: '', idNumber: '' });
    expect(read.details.contractNo).toBe('12/2026');
    expect(read.recon.opening).toBe('100');
  });

  it('reads a later version as far as this one goes, rather than dropping it', () => {
    const later = {
      ...(JSON.parse(JSON.stringify({ ...emptyStored(), debtor: PERSON })) as object),
      version: 3,
      extra: 1,
    };
    expect(readStored(JSON.stringify(later)).debtor).toEqual(PERSON);
  });

  it('treats an identifier kind it does not know, whatever the store holds, as none chosen', () => {
    fc.assert(
      fc.property(fc.string(), (k) => {
        const debtor = readStored(JSON.stringify({ version: 2, debtor: { ...PERSON, idKind: k } })).debtor;
        const rule = DOCS['court-order'].parties;
        const known = (ID_KINDS as readonly string[]).includes(k);
        expect(partyGaps(rule, { me: ME, debtor }).missing.length === 0).toBe(known);
        const text = renderText(buildDocument('court-order', { ...fullInput(), debtor }));
        expect(text.includes('[СНИЛС, ИНН или серия и номер паспорта]')).toBe(!known);
      }),
      { numRuns: 60, examples: [['__proto__'], ['constructor'], ['toString'], ['snils'], ['unknown']] },
    );
  });

  it('never puts personal data in a URL: the documents’ links carry no field of a party', () => {
    const params = withDoc(new URLSearchParams('debt=60000&due=2026-10-15&debtor=person'), 'court-order');
    expect(params.toString()).not.toMatch(/1975|Тула|112-233|birth|snils|idNumber/);
    expect(readDocUrl(params, day('2026-11-30')).debtorKind).toBe('person');
  });
});

describe('a citizen’s identifier is checked as typed', () => {
  it('accepts a СНИЛС whose control number adds up, however it is spaced', () => {
    for (const s of ['112-233-445 95', '11223344595', '112 233 445 95']) expect(checkSnils(s)).toBeNull();
    // The sum is 100 or 101 → control number 00; over 101 → modulo 101.
    expect(checkSnils('001-001-999 00')).toBe('snils-checksum');
    expect(checkSnils('123-456-789 64')).toBeNull();
  });

  it('refuses every single-digit change of a valid СНИЛС, and a wrong length', () => {
    const valid = '11223344595';
    for (let i = 0; i < 11; i++)
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(checkSnils(changed), changed).not.toBeNull();
      }
    expect(checkSnils('1122334459')).toBe('snils-length');
  });

  it('takes numbers issued before control numbers (up to 001-001-998) as they are', () => {
    expect(checkSnils('001-001-998 47')).toBeNull();
  });

  it('reads a passport as 4 + 6 digits and a licence or vehicle certificate as series and number', () => {
    expect(checkPassport('45 06 123456')).toBeNull();
    expect(checkPassport('4506 12345')).toBe('passport-format');
    expect(checkSeriesNumber('99 12 345678')).toBeNull();
    expect(checkSeriesNumber('77 ха 123456')).toBeNull();
    expect(checkSeriesNumber('77 XA 123456')).toBe('series-number-format');
  });

  it('flags the identifier and the date of birth next to their fields, for a citizen only', () => {
    const s = emptyStored();
    const wrong = { ...PERSON, idNumber: '112-233-445 96', birthDate: '1975-13-40' };
    expect(checkForm({ ...s, debtor: wrong })).toEqual({
      'debtor.idNumber': 'snils-checksum',
      'debtor.birthDate': 'date',
    });
    expect(checkForm({ ...s, debtor: { ...wrong, idKind: 'passport', idNumber: '4506 123456' } })).toEqual({
      'debtor.birthDate': 'date',
    });
    expect(checkForm({ ...s, debtor: { ...wrong, kind: 'company' } })).toEqual({});
  });
});
