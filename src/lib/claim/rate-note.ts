/**
 * The note above the user's own key rates: what the key-rate table knows and what to add. Built with the page
 * and passed to the island as a prop, so the form's first load carries neither the table's notes nor its dates.
 */
import type { KeyRateTable } from '../money/key-rate';
import { KEY_RATE_CHECK, SECONDARY_SOURCE } from '../money/key-rate-notes';
import { yearRate } from './format';
import { formatIsoNumeric as ru } from '../date/day';

/**
 * «Последняя ставка в таблице калькулятора — 16,5 % с 27.10.2026; таблица сверена 30.11.2026. Если …»; a last
 * rate from secondary sources is flagged once, and where to check it is the note's last sentence.
 */
export function rateTableNote(table: KeyRateTable): string {
  const last = table.rates[table.rates.length - 1];
  if (!last) throw new Error('key-rate table is empty');
  const secondary = last.confirmed ? '' : ` (${SECONDARY_SOURCE})`;
  const check = last.confirmed ? '' : ` ${KEY_RATE_CHECK}`;
  return `Последняя ставка в таблице калькулятора — ${yearRate(last.bp)} с ${ru(last.from)}${secondary}; таблица сверена ${ru(table.checked)}. Если после этого Банк России менял ставку, добавьте новую ставку и дату, с которой она действует, — расчёт её учтёт.${check}`;
}
