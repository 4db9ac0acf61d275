import { describe, expect, it } from 'vitest';
import {
  checkAccount,
  checkBik,
  checkCorrAccount,
  checkCorrFormat,
  checkInn,
  checkOgrn,
  checkOgrnip,
  compact,
} from '../../../src/lib/documents/requisites';

/** Every string that differs from `s` in exactly one digit. */
function singleDigitChanges(s: string): { at: number; value: string }[] {
  const out: { at: number; value: string }[] = [];
  for (let i = 0; i < s.length; i++)
    for (let d = 0; d <= 9; d++) if (String(d) !== s[i]) out.push({ at: i, value: s.slice(0, i) + d + s.slice(i + 1) });
  return out;
}
const accepted = (s: string, check: (v: string) => string | null) =>
  singleDigitChanges(s)
    .filter((c) => check(c.value) === null)
    .map((c) => c.value);

// Requisites as their owners publish them: Сбербанк, the Bank of Russia, ВТБ, Т-Банк, Альфа-Банк, and
// companies and sole traders that print theirs on their sites.
const COMPANY_INNS = ['7707083893', '7702235133', '7702070139', '7710140679', '7728168971', '2540147523', '0901051787'];
const PERSON_INNS = ['745216229809', '570502747242'];
const OGRNS = ['1027700132195', '1027739609391', '1027739642281', '1027700067328'];
const OGRNIPS = ['315745200001358'];
const ACCOUNTS: [account: string, bik: string][] = [
  ['40702810627060018754', '044525411'],
  ['40702810733270000011', '043807606'],
  ['40702810400060001999', '040507705'],
  ['40702810360000102415', '040702615'],
  ['40802810702860020229', '044525593'],
];
const CORR: [corr: string, bik: string][] = [
  ['30101810400000000225', '044525225'],
  ['30101810700000000187', '044525187'],
  ['30101810145250000974', '044525974'],
  ['30101810200000000593', '044525593'],
  ['30101810145250000411', '044525411'],
  ['30101810300000000606', '043807606'],
];

describe('ИНН', () => {
  it.each(COMPANY_INNS)('accepts the published company ИНН %s and refuses each single-digit change', (inn) => {
    expect(checkInn(inn)).toBeNull();
    expect(accepted(inn, (v) => checkInn(v))).toEqual([]);
  });
  it.each(PERSON_INNS)('accepts the published 12-digit ИНН %s and refuses each single-digit change', (inn) => {
    expect(checkInn(inn)).toBeNull();
    expect(checkInn(inn, true)).toBeNull();
    expect(accepted(inn, (v) => checkInn(v, true))).toEqual([]);
  });
  it('a company ИНН whose sum leaves 10 (check digit 0) shares its check digit with some neighbours', () => {
    // The tax service's own rule takes the remainder's last digit, so 10 and 0 both give 0: such a
    // neighbour is a valid ИНН by the official algorithm and no check can tell it apart.
    expect(checkInn('4620000150')).toBeNull();
    expect(accepted('4620000150', (v) => checkInn(v))).toContain('4920000150');
  });
  it('refuses wrong lengths, letters and a 10-digit number where a person’s ИНН is needed', () => {
    expect(checkInn('770708389')).toBe('inn-length');
    expect(checkInn('77070838931')).toBe('inn-length');
    expect(checkInn('77070838ab')).toBe('inn-length');
    expect(checkInn('7707083893', true)).toBe('inn-person-length');
    expect(checkInn('')).toBe('inn-length');
  });
  it('refuses an ИНН of zeros, or any starting 00 (the first two digits are a region’s code, 01–99)', () => {
    // «0000000000» passes the control digits (every weighted sum is 0), so it needs its own rule.
    expect(checkInn('0000000000')).toBe('inn-zero');
    expect(checkInn('000000000000')).toBe('inn-zero');
    expect(checkInn('000000000000', true)).toBe('inn-zero');
    expect(checkInn('0000000000', true)).toBe('inn-person-length');
    expect(checkInn('0901051787')).toBeNull();
  });
  it('reads a number typed with spaces or dashes', () => {
    expect(checkInn('7707 083 893')).toBeNull();
    expect(compact('77-07 083\u00a0893')).toBe('7707083893');
  });
});

describe('ОГРН and ОГРНИП', () => {
  it.each(OGRNS)('accepts the published ОГРН %s and refuses each single-digit change', (ogrn) => {
    expect(checkOgrn(ogrn)).toBeNull();
    expect(accepted(ogrn, checkOgrn)).toEqual([]);
  });
  it.each(OGRNIPS)('accepts the published ОГРНИП %s and refuses each single-digit change', (ogrnip) => {
    expect(checkOgrnip(ogrnip)).toBeNull();
    expect(accepted(ogrnip, checkOgrnip)).toEqual([]);
  });
  it('tells a wrong length or kind from a wrong digit', () => {
    expect(checkOgrn('102770013219')).toBe('ogrn-length');
    expect(checkOgrn('3027700132195')).toBe('ogrn-length');
    expect(checkOgrn('1027700132196')).toBe('ogrn-checksum');
    expect(checkOgrnip('1027700132195')).toBe('ogrnip-length');
    expect(checkOgrnip('315745200001359')).toBe('ogrnip-checksum');
  });
  it('refuses numbers of zeros', () => {
    expect(checkOgrn('0000000000000')).toBe('ogrn-length');
    expect(checkOgrnip('000000000000000')).toBe('ogrnip-length');
  });
});

describe('БИК and accounts', () => {
  it.each(ACCOUNTS)(
    'accepts the published account %s at БИК %s and refuses each single-digit change of the account',
    (account, bik) => {
      expect(checkAccount(account, bik)).toBeNull();
      expect(accepted(account, (v) => checkAccount(v, bik))).toEqual([]);
    },
  );
  it.each(CORR)(
    'accepts the published corr. account %s of БИК %s and refuses each single-digit change of it',
    (corr, bik) => {
      expect(checkCorrAccount(corr, bik)).toBeNull();
      expect(accepted(corr, (v) => checkCorrAccount(v, bik))).toEqual([]);
    },
  );
  it.each(ACCOUNTS.filter(([, bik]) => CORR.some(([, b]) => b === bik)))(
    'with both accounts, a single-digit change of the БИК is refused unless it is in the region digits (3rd–4th)',
    (account, bik) => {
      const corr = CORR.find(([, b]) => b === bik)?.[0] ?? '';
      const slipped = singleDigitChanges(bik).filter(
        (c) =>
          checkBik(c.value) === null &&
          checkAccount(account, c.value) === null &&
          checkCorrAccount(corr, c.value) === null,
      );
      expect(slipped.map((c) => c.at).every((at) => at === 2 || at === 3)).toBe(true);
    },
  );
  it('checks the БИК’s format: 9 digits, 04 first, a real last part', () => {
    expect(checkBik('044525225')).toBeNull();
    expect(checkBik('144525225')).toBe('bik-format');
    expect(checkBik('04452522')).toBe('bik-format');
    expect(checkBik('044525025')).toBe('bik-format');
    expect(checkBik('044525001')).toBeNull();
  });
  it('names what is wrong with an account', () => {
    expect(checkAccount('4070281062706001875', '044525411')).toBe('account-length');
    expect(checkAccount('40702810627060018754', '04452541')).toBe('bik-format');
    expect(checkCorrAccount('40101810400000000225', '044525225')).toBe('corr-format');
    expect(checkCorrAccount('30101810400000000225', '044525187')).toBe('corr-bik');
    expect(checkCorrAccount('30101810400000000225', '1')).toBe('bik-format');
  });
  it('an account at a division of the Bank of Russia (БИК ending 000–002) has exactly one valid key digit', () => {
    const withKey = (k: number) => `40102810${k}45370000003`;
    const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => checkAccount(withKey(k), '044525000') === null);
    expect(valid).toHaveLength(1);
    // …and it is computed on «0» + the БИК's 5th–6th digits: another region's БИК does not accept it.
    expect(checkAccount(withKey(valid[0] ?? 0), '044535000')).toBe('account-key');
  });
});

// The Treasury's requisites as its departments publish them (payments of fines, taxes, duties): the ТОФК's
// БИК, the single treasury account (ЕКС, 40102…) in the corr. account's place, the treasury account (03…).
const TREASURY: [bik: string, eks: string, account: string][] = [
  ['004525988', '40102810545370000003', '03100643000000017300'],
  ['017003983', '40102810445370000059', '03100643000000018500'],
  ['024501901', '40102810045370000002', '03211643000000011900'],
  ['014030106', '40102810945370000005', '03100643000000017200'],
];

describe('the Treasury (ЕКС)', () => {
  it.each(TREASURY)('accepts the ТОФК БИК %s with its ЕКС %s and treasury account %s', (bik, eks, account) => {
    expect(checkBik(bik)).toBeNull();
    expect(checkCorrAccount(eks, bik)).toBeNull();
    expect(checkAccount(account, bik)).toBeNull();
  });
  it.each(TREASURY)('refuses each single-digit change of the ЕКС with БИК %s', (bik, eks) => {
    expect(accepted(eks, (v) => checkCorrAccount(v, bik))).toEqual([]);
  });
  it('wants the ЕКС, not a bank’s 30101…, as the corr. account of a Treasury БИК — and the ЕКС put in the account field is checked too', () => {
    expect(checkCorrAccount('30101810145250000988', '004525988')).toBe('eks-format');
    expect(checkCorrAccount('40102810545370000003', '044525988')).toBe('corr-format');
    expect(checkAccount('40102810545370000003', '004525988')).toBeNull();
    expect(checkAccount('40102810645370000003', '004525988')).toBe('account-key');
    expect(checkAccount('0310064300000001730', '004525988')).toBe('account-length');
  });
  it('still refuses a БИК starting 03 or 05–09', () => {
    for (const bik of ['034525988', '054525988', '144525225']) expect(checkBik(bik)).toBe('bik-format');
  });
});

describe('a corr. account without its БИК', () => {
  it('is checked for what can be: 20 digits starting 30101 or 40102', () => {
    expect(checkCorrFormat('30101810400000000225')).toBeNull();
    expect(checkCorrFormat('40102810545370000003')).toBeNull();
    expect(checkCorrFormat('3010181040000000022')).toBe('corr-format');
    expect(checkCorrFormat('40702810627060018754')).toBe('corr-format');
  });
});
