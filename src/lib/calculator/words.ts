/** Russian words the calculator needs: counted words and labels of its options. */
import type { Frequency } from './dates';
import type { Method } from './schedule';
import { count } from '../format/plural';

/** «3 платежа», «21 платёж», «11 платежей». */
export function paymentsCount(n: number): string {
  return count(n, ['платёж', 'платежа', 'платежей']);
}

/** «1 день», «20 дней». */
export function daysCount(n: number): string {
  return count(n, ['день', 'дня', 'дней']);
}

/** How each frequency reads in a sentence. */
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  week: 'еженедельно',
  '2weeks': 'раз в две недели',
  month: 'ежемесячно',
  quarter: 'ежеквартально',
};

/** How each method is called. */
export const METHOD_LABELS: Record<Method, string> = {
  annuity: 'равными платежами (аннуитет)',
  'equal-principal': 'равными долями долга (дифференцированный)',
};

/** How interest is charged, in one sentence (the rate field's hint and the method text without JavaScript). */
export const INTEREST_BASIS =
  'Проценты идут с даты первого платежа: платёж в этот день — без процентов, каждый следующий включает проценты на остаток долга за время после предыдущего платежа.';
