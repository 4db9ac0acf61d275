/** The messages shown next to a field that cannot be used (loaded with the checks, not with the page). */
import type { RequisiteError } from './requisites';

/** Why a field cannot be used. */
export type FieldError = RequisiteError | 'date' | 'whole-number' | 'amount';

/** The message next to a field. */
export const FIELD_MESSAGES: Record<FieldError, string> = {
  'inn-length': 'ИНН — 10 цифр у организации, 12 у ИП и физического лица.',
  'inn-person-length': 'ИНН ИП и физического лица — 12 цифр.',
  'inn-checksum': 'В ИНН ошибка: контрольная цифра не сходится. Сверьте с выпиской или свидетельством.',
  'ogrn-length': 'ОГРН — 13 цифр и начинается с 1 или 5.',
  'ogrn-checksum': 'В ОГРН ошибка: контрольная цифра не сходится. Сверьте с выпиской ЕГРЮЛ.',
  'ogrnip-length': 'ОГРНИП — 15 цифр и начинается с 3.',
  'ogrnip-checksum': 'В ОГРНИП ошибка: контрольная цифра не сходится. Сверьте с выпиской ЕГРИП.',
  'bik-format': 'БИК — 9 цифр и начинается с 04.',
  'account-length': 'Расчётный счёт — 20 цифр.',
  'account-key': 'Счёт не сходится с БИК: ошибка в счёте или в БИК. Сверьте с реквизитами банка.',
  'corr-format': 'Корреспондентский счёт — 20 цифр и начинается с 30101.',
  'corr-bik': 'Корр. счёт должен заканчиваться тремя последними цифрами БИК.',
  'corr-key': 'Корр. счёт не сходится с БИК: ошибка в одном из них.',
  'snils-length': 'СНИЛС — 11 цифр: 123-456-789 01.',
  'snils-checksum': 'В СНИЛС ошибка: контрольное число не сходится. Сверьте с документом.',
  'passport-format': 'Серия и номер паспорта — 4 и 6 цифр: 45 06 123456.',
  'series-number-format': 'Серия — 4 знака, номер — 6 цифр: 99 12 345678.',
  date: 'Дата в виде 01.09.2026.',
  'whole-number': 'Целое число, например 10.',
  amount: 'Сумма в рублях, например 60 000 или 1 234,50.',
};
