/**
 * What the site says about the key-rate table next to a calculation: where a rate comes from secondary sources,
 * the table's "as of" date, and the build's warning when the last confirmed rate is getting old.
 */
import type { KeyRateChange, KeyRateTable } from './key-rate';
import { formatBp } from './percent';
import { dayFromIso, formatDay, type Day } from '../date/day';
import { daysBetween } from '../date/arithmetic';

/** Where a rate known from secondary sources only comes from. */
export const SECONDARY_SOURCE = 'по данным вторичных источников';
/** Where to check such a rate, as a sentence of its own (said once per block). */
export const KEY_RATE_CHECK = 'Сверьте с сайтом Банка России, cbr.ru.';
/** Said of every rate known from secondary sources only, with where to check it. */
export const SECONDARY_SOURCE_NOTE = `${SECONDARY_SOURCE} — сверьте с сайтом Банка России, cbr.ru`;

/** How old the last confirmed rate may get before the build warns. */
const CONFIRMED_RATE_MAX_AGE_DAYS = 120;

const dmy = (iso: string): string => {
  const d = dayFromIso(iso);
  return d === null ? iso : formatDay(d);
};

/** «Таблица ставок — по состоянию на 30.11.2026.» */
export function tableAsOf(table: KeyRateTable): string {
  return `Таблица ставок — по состоянию на ${dmy(table.checked)}.`;
}

/** «14 % с 27.07.2026 (по данным вторичных источников — …)» or «15,5 % с 16.02.2026». */
export function describeRate(change: KeyRateChange): string {
  const base = `${formatBp(change.bp)} с ${dmy(change.from)}`;
  return change.confirmed ? base : `${base} (${SECONDARY_SOURCE_NOTE})`;
}

/** The newest rate of the table (the calculator's default for comparison). */
export function newestRate(table: KeyRateTable): KeyRateChange {
  const last = table.rates[table.rates.length - 1];
  if (!last) throw new Error('key-rate table is empty');
  return last;
}

/**
 * The note under a result computed with `bp`: when that is the table's newest rate and it is known only from
 * secondary sources, say so and where to check; when it is the newest confirmed rate, give the table's date;
 * a rate the user typed themselves gets no note (null).
 */
export function keyRateResultNote(bp: number, table: KeyRateTable): string | null {
  const newest = newestRate(table);
  if (bp !== newest.bp) return null;
  return `Ключевая ставка Банка России в расчёте — ${describeRate(newest)}. ${tableAsOf(table)}`;
}

/** Whole days from the last confirmed rate to `today`. */
export function confirmedRateAgeDays(table: KeyRateTable, today: Day): number {
  const confirmed = table.rates.filter((r) => r.confirmed);
  const last = confirmed[confirmed.length - 1];
  const from = last ? dayFromIso(last.from) : null;
  return from === null ? Number.POSITIVE_INFINITY : daysBetween(from, today);
}

/**
 * The build's warning (never an error) when the last confirmed rate is older than `maxDays` on `today`;
 * null when the table is fresh enough.
 */
export function staleKeyRateWarning(
  table: KeyRateTable,
  today: Day,
  maxDays = CONFIRMED_RATE_MAX_AGE_DAYS,
): string | null {
  const age = confirmedRateAgeDays(table, today);
  if (age <= maxDays) return null;
  const confirmed = table.rates.filter((r) => r.confirmed);
  const last = confirmed[confirmed.length - 1];
  const since = last ? dmy(last.from) : 'никогда';
  return (
    `content/key-rate/key-rates.json: the last confirmed key rate is from ${since}, ${age} days ago (more than ${maxDays}). ` +
    'Check the Bank of Russia rates, update the table and docs/legal-facts.md.'
  );
}
