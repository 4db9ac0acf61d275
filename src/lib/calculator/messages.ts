/** Why a field cannot be used, as codes (for code and tests) and in Russian (for the person typing). */
import type { MONEY_MESSAGES } from '../money/messages';

/** Every error the calculator can show next to a field. */
export const ERROR_MESSAGES = {
  empty: 'Заполните поле.',
  'not-a-number': 'Введите число, например 150 000 или 1 234,56.',
  'not-a-percent': 'Введите число процентов, например 16 или 12,5.',
  'too-many-decimals': 'Не больше двух знаков после запятой.',
  negative: 'Значение не может быть отрицательным.',
  'too-large': 'Слишком большое число — проверьте, нет ли лишних цифр.',
  zero: 'Значение должно быть больше нуля.',
  'share-too-large': 'Слишком большая доля от суммы.',
  'down-too-large': 'Первый взнос должен быть меньше суммы долга.',
  'discount-too-large': 'Скидка больше половины суммы — проверьте число.',
  'discount-rounds-to-zero': 'Скидка меньше копейки — увеличьте её.',
  'whole-number': 'Введите целое число без дробной части.',
  'payments-range': 'Число платежей — от 1 до 120.',
  'payments-too-small': 'Слишком много платежей для такой суммы: каждый выходит меньше 1 ₽.',
  date: 'Введите дату в виде ДД.ММ.ГГГГ.',
  'date-past': 'Эта дата уже прошла — укажите сегодняшнюю или более позднюю.',
  'date-too-far': 'Дата дальше чем через 10 лет — проверьте год.',
  'rate-too-high': 'Ставка больше 100 % годовых — проверьте число.',
  'days-or-date': 'Введите число дней (например, 10) или дату (05.12.2026).',
  'days-too-many': 'Больше 10 лет — проверьте число.',
  'due-before-discount': 'Обычный срок должен быть дольше срока оплаты со скидкой.',
  'unknown-option': 'В ссылке было значение, которого нет среди вариантов, — выбрано значение по умолчанию.',
  'unit-conflict': 'В ссылке это значение указано и в рублях, и в процентах — взято значение в рублях. Проверьте его.',
  'url-duplicate': 'В ссылке для этого поля несколько разных значений — взято первое. Проверьте его.',
  'unknown-mode':
    'В ссылке указан неизвестный вид расчёта — открыта рассрочка. Если нужна скидка за быструю оплату, выберите её ниже.',
} as const satisfies Record<string, string>;

/** One of the error codes. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * The fields' error texts as the page hands them to the island (ERROR_MESSAGES and, for fields in rubles, the
 * money module's), so that they stay out of its script (decisions 020 and 111; the claim calculator does the same).
 */
export interface FieldMessages {
  errors: Readonly<Record<ErrorCode, string>>;
  money: typeof MONEY_MESSAGES;
}
