/**
 * The note above the user's own key rates: what the key-rate table knows and what to add. Built with the page
 * and passed to the island as a prop, so the form's first load carries neither the table's notes nor its dates.
 */
import type { KeyRateTable } from '../money/key-rate';
import { SECONDARY_RATE_NOTE } from './result-messages';
import { yearRate } from './format';
import { formatIsoNumeric as ru } from '../date/day';

/** «Последняя ставка в таблице калькулятора — 16,5 % с 27.10.2026; таблица сверена 30.11.2026. Если …» */
export function rateTableNote(table: KeyRateTable): string {
  const last = table.rates[table.rates.length - 1];
  if (!last) throw new Error('key-rate table is empty');
  const secondary = last.confirmed ? '' : ` (${SECONDARY_RATE_NOTE})`;
  return `Последняя ставка в таблице калькулятора — ${yearRate(last.bp)} с ${ru(last.from)}${secondary}; таблица сверена ${ru(table.checked)}. Если после этого Банк России менял ставку, добавьте новую ставку и дату, с которой она действует, — расчёт её учтёт.`;
}
