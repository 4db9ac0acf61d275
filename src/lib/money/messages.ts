/** What to tell a person for each reason an amount cannot be used: one set of Russian texts for every tool. */
import type { MoneyError } from './kopecks';

/** The message for each money error code. */
export const MONEY_MESSAGES: Readonly<Record<MoneyError, string>> = {
  empty: 'Введите сумму, например 250 000.',
  'not-a-number': 'Введите сумму цифрами, например 250 000 или 99 500,50.',
  negative: 'Сумма не может быть отрицательной — введите её без минуса.',
  zero: 'Сумма должна быть больше нуля.',
  'too-many-decimals': 'После запятой — не больше двух цифр (копейки), например 99 500,50.',
  'too-large': 'Слишком большая сумма — проверьте, нет ли лишних цифр.',
};
