/**
 * Control digits of Russian requisites: ИНН (10 and 12 digits), ОГРН, ОГРНИП, and bank accounts checked
 * against the БИК (the account key, ЦБ РФ rules of 1997). A БИК itself has no control digit: its format is
 * checked, and its last digits are covered by the keys of the accounts that go with it.
 *
 * The Treasury (ТОФК, since 2021) has БИКs starting 00, 01 or 02 (004525988 — УФК по г. Москве): there the
 * corr. account is the single treasury account (ЕКС, 40102…), keyed like any account at a Bank of Russia
 * division; the treasury account itself (03…) has no key this check knows, so only its length is checked.
 */

/** Why a requisite is refused; null means it passed. */
export type RequisiteError =
  | 'inn-length'
  | 'inn-person-length'
  | 'inn-checksum'
  | 'inn-zero'
  | 'ogrn-length'
  | 'ogrn-checksum'
  | 'ogrnip-length'
  | 'ogrnip-checksum'
  | 'bik-format'
  | 'account-length'
  | 'account-key'
  | 'corr-format'
  | 'corr-bik'
  | 'corr-key'
  | 'eks-format'
  | 'snils-length'
  | 'snils-checksum'
  | 'passport-format'
  | 'series-number-format';

const digitsOf = (s: string): number[] => [...s].map(Number);
const isDigits = (s: string, n: number): boolean => new RegExp(`^\\d{${n}}$`).test(s);
const weighted = (d: readonly number[], w: readonly number[]): number =>
  w.reduce((sum, k, i) => sum + k * (d[i] ?? 0), 0);

/** Spaces and dashes people type inside numbers are dropped: «7707 083 893» → «7707083893». */
export function compact(input: string): string {
  return input.replace(/[\s\u00a0\u202f-]/g, '');
}

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12A = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12B = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** ИНН: 10 digits for a company, 12 for an ИП or a private person; `person` accepts only 12. */
export function checkInn(input: string, person = false): RequisiteError | null {
  const s = compact(input);
  // The first two digits are the region's code (01–99): «00…», and so «0000000000», is no ИНН.
  if (((isDigits(s, 10) && !person) || isDigits(s, 12)) && s.startsWith('00')) return 'inn-zero';
  if (isDigits(s, 10) && !person) {
    const d = digitsOf(s);
    return (weighted(d, INN10) % 11) % 10 === d[9] ? null : 'inn-checksum';
  }
  if (isDigits(s, 12)) {
    const d = digitsOf(s);
    const ok = (weighted(d, INN12A) % 11) % 10 === d[10] && (weighted(d, INN12B) % 11) % 10 === d[11];
    return ok ? null : 'inn-checksum';
  }
  return person ? 'inn-person-length' : 'inn-length';
}

/** The remainder of a long number divided by a small one, exactly (BigInt). */
const remainder = (digits: string, by: number): number => Number(BigInt(digits) % BigInt(by));

/** ОГРН of a company: 13 digits, starting with 1 or 5; the last is the remainder of the first 12 ÷ 11 (its last digit). */
export function checkOgrn(input: string): RequisiteError | null {
  const s = compact(input);
  if (!isDigits(s, 13) || !/^[15]/.test(s)) return 'ogrn-length';
  return remainder(s.slice(0, 12), 11) % 10 === Number(s[12]) ? null : 'ogrn-checksum';
}

/** ОГРНИП: 15 digits, starting with 3; the last is the remainder of the first 14 ÷ 13 (its last digit). */
export function checkOgrnip(input: string): RequisiteError | null {
  const s = compact(input);
  if (!isDigits(s, 15) || !s.startsWith('3')) return 'ogrnip-length';
  return remainder(s.slice(0, 14), 13) % 10 === Number(s[14]) ? null : 'ogrnip-checksum';
}

/** A БИК of the Treasury (ТОФК): 9 digits starting 00, 01 or 02. */
const isTreasuryBik = (input: string): boolean => /^0[0-2]\d{7}$/.test(compact(input));

/**
 * БИК: 9 digits; a bank's starts with the country code 04 and ends in 000–002 (the Bank of Russia's own
 * divisions) or 050–999 (credit institutions); the Treasury's starts with 00, 01 or 02.
 */
export function checkBik(input: string): RequisiteError | null {
  const s = compact(input);
  if (isTreasuryBik(s)) return null;
  if (!isDigits(s, 9) || !s.startsWith('04')) return 'bik-format';
  const tail = Number(s.slice(6));
  return tail <= 2 || tail >= 50 ? null : 'bik-format';
}

/** The key's three leading digits for an account at a Bank of Russia division (and the ЕКС): «0» + БИК 5th–6th. */
const divisionPrefix = (bik: string): string => `0${bik.slice(4, 6)}`;

const KEY_WEIGHTS = [7, 1, 3];
/** The account key: 23 digits weighted 7, 1, 3, … must add up to a multiple of 10. */
function keyHolds(digits23: string): boolean {
  const sum = digitsOf(digits23).reduce((s, d, i) => s + ((d * (KEY_WEIGHTS[i % 3] ?? 0)) % 10), 0);
  return sum % 10 === 0;
}

/**
 * A settlement account (расчётный счёт) at the bank with this БИК: 20 digits whose key agrees with the
 * БИК's last three digits (at a division of the Bank of Russia: «0» and the БИК's 5th–6th digits).
 * Check the БИК first: a БИК of the wrong format gives `bik-format`.
 */
export function checkAccount(account: string, bik: string): RequisiteError | null {
  const a = compact(account);
  const b = compact(bik);
  const bikError = checkBik(b);
  if (bikError) return bikError;
  if (!isDigits(a, 20)) return 'account-length';
  if (isTreasuryBik(b)) return a.startsWith('40102') && !keyHolds(divisionPrefix(b) + a) ? 'account-key' : null;
  const tail = Number(b.slice(6));
  const prefix = tail <= 2 ? divisionPrefix(b) : b.slice(6);
  return keyHolds(prefix + a) ? null : 'account-key';
}

/**
 * What a corr. account alone can be checked for, without its БИК: 20 digits starting 30101 (a bank's) or
 * 40102 (the Treasury's ЕКС).
 */
export function checkCorrFormat(corr: string): RequisiteError | null {
  const c = compact(corr);
  return isDigits(c, 20) && /^(30101|40102)/.test(c) ? null : 'corr-format';
}

/**
 * A correspondent account (корреспондентский счёт) of the bank with this БИК: 20 digits starting 30101,
 * ending in the БИК's last three digits, with its key computed on «0» and the БИК's 5th–6th digits. With a
 * Treasury БИК it is the ЕКС: 20 digits starting 40102, keyed the same way.
 */
export function checkCorrAccount(corr: string, bik: string): RequisiteError | null {
  const c = compact(corr);
  const b = compact(bik);
  const bikError = checkBik(b);
  if (bikError) return bikError;
  if (isTreasuryBik(b)) {
    if (!isDigits(c, 20) || !c.startsWith('40102')) return 'eks-format';
  } else {
    if (!isDigits(c, 20) || !c.startsWith('30101')) return 'corr-format';
    if (c.slice(17) !== b.slice(6)) return 'corr-bik';
  }
  return keyHolds(divisionPrefix(b) + c) ? null : 'corr-key';
}

/**
 * СНИЛС: 11 digits; the last two are the sum of the first nine weighted 9, 8, …, 1, taken modulo 101 and then
 * 100 (a sum of 100 or 101 gives 00). Numbers up to 001-001-998 were issued without a control number.
 */
export function checkSnils(input: string): RequisiteError | null {
  const s = compact(input);
  if (!isDigits(s, 11)) return 'snils-length';
  if (Number(s.slice(0, 9)) <= 1001998) return null;
  const sum = weighted(digitsOf(s), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  return (sum % 101) % 100 === Number(s.slice(9)) ? null : 'snils-checksum';
}

/** A Russian passport's series and number: 4 + 6 digits («45 06 123456»). */
export function checkPassport(input: string): RequisiteError | null {
  return isDigits(compact(input), 10) ? null : 'passport-format';
}

/**
 * A driving licence or a vehicle registration certificate: a series of 4 (2 digits, then 2 digits or
 * Cyrillic letters) and a number of 6 digits — «99 12 345678», «77 ХА 123456».
 */
export function checkSeriesNumber(input: string): RequisiteError | null {
  return /^\d{2}[\dА-ЯЁ]{2}\d{6}$/u.test(compact(input).toUpperCase()) ? null : 'series-number-format';
}
