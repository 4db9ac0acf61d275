/**
 * The documents page's notices about its link, in Russian (the documents' names are in catalog.ts). The fields'
 * error messages are in field-messages.ts, which loads with the checks (input-check.ts) once there is something
 * to check.
 */
import type { UrlProblem } from './url-state';

/** The notice for what a link could not give. */
export const URL_MESSAGES: Record<UrlProblem, string> = {
  'unknown-doc': 'В ссылке указан неизвестный документ — открыта претензия.',
  'bad-debt': 'Сумму долга или срок оплаты из ссылки использовать не удалось — проверьте их в калькуляторе.',
  'bad-line': 'Часть счетов или платежей из ссылки прочитать не удалось — они не учтены.',
  'bad-date': 'Дату из ссылки прочитать не удалось — использована сегодняшняя.',
  'bad-schedule': 'График из ссылки не сходится — откройте его в калькуляторе рассрочки и исправьте.',
};
