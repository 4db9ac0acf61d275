/** Russian words the calculator needs: plural forms and labels of its options. */
import type { Frequency } from './dates';
import type { Method } from './schedule';

/** The plural form for a count: pluralRu(3, ['платёж', 'платежа', 'платежей']) → 'платежа'. */
export function pluralRu(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const abs = Math.abs(Math.trunc(n));
  const last2 = abs % 100;
  const last = abs % 10;
  if (last2 >= 11 && last2 <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** «3 платежа», «21 платёж», «11 платежей». */
export function paymentsCount(n: number): string {
  return `${n}\u00a0${pluralRu(n, ['платёж', 'платежа', 'платежей'])}`;
}

/** «1 день», «20 дней». */
export function daysCount(n: number): string {
  return `${n}\u00a0${pluralRu(n, ['день', 'дня', 'дней'])}`;
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
