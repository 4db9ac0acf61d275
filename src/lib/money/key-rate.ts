/** The Bank of Russia key rate, from the data file content/key-rate/key-rates.json (source: docs/legal-facts.md). */
import raw from '../../../content/key-rate/key-rates.json';
import { dayFromIso } from '../date/day';

/** One change of the key rate. */
export interface KeyRateChange {
  /** The day the rate took effect, YYYY-MM-DD. */
  from: string;
  /** The rate, in hundredths of a percent per year (15,5 % → 1550). */
  bp: number;
  /** True when read in an official source; false when known from secondary sources only. */
  confirmed: boolean;
}

/** The key-rate table with the day it was last compared with its sources. */
export interface KeyRateTable {
  /** The day the table was last checked, YYYY-MM-DD. */
  checked: string;
  /** Every change, oldest first. */
  rates: readonly KeyRateChange[];
}

/** A real calendar day written YYYY-MM-DD. */
const isIsoDay = (v: unknown): v is string => typeof v === 'string' && dayFromIso(v) !== null && v === v.trim();

/** Read and check the data file's shape; throws a message naming the bad row (plain code: islands import this). */
export function parseKeyRateTable(data: unknown): KeyRateTable {
  const fail = (what: string): never => {
    throw new Error(`content/key-rate/key-rates.json: ${what}`);
  };
  if (typeof data !== 'object' || data === null) return fail('not an object');
  const { checked, rates } = data as { checked?: unknown; rates?: unknown };
  if (!isIsoDay(checked)) return fail('«checked» must be YYYY-MM-DD');
  if (!Array.isArray(rates) || rates.length === 0) return fail('«rates» must be a non-empty list');
  // Confirmed rows form one run: secondary-source rows only before it (the oldest) or after it (the newest).
  let confirmedSeen = false;
  let confirmedEnded = false;
  const out = rates.map((row: unknown, i): KeyRateChange => {
    const { from, percent, confirmed } = (row ?? {}) as Record<string, unknown>;
    if (!isIsoDay(from)) return fail(`row ${i + 1}: «from» must be YYYY-MM-DD`);
    if (typeof percent !== 'number' || !(percent > 0 && percent <= 100))
      return fail(`row ${i + 1}: «percent» must be a number in (0, 100]`);
    const bp = Math.round(percent * 100);
    if (Math.abs(bp - percent * 100) > 1e-6) return fail(`row ${i + 1}: «percent» has more than two decimals`);
    if (typeof confirmed !== 'boolean') return fail(`row ${i + 1}: «confirmed» must be true or false`);
    if (confirmed && confirmedEnded)
      return fail(`row ${i + 1}: a confirmed rate after an unconfirmed one that follows confirmed ones`);
    if (confirmed) confirmedSeen = true;
    else if (confirmedSeen) confirmedEnded = true;
    const prev = rates[i - 1] as { from?: unknown } | undefined;
    if (prev && typeof prev.from === 'string' && prev.from >= from)
      return fail(`row ${i + 1}: dates must increase (${from} after ${prev.from})`);
    if (from > checked) return fail(`row ${i + 1}: ${from} is after the table's «checked» date`);
    return { from, bp, confirmed };
  });
  return { checked, rates: out };
}

/** The site's key-rate table. */
export const KEY_RATE_TABLE: KeyRateTable = parseKeyRateTable(raw);

/**
 * Every change since 01.08.2016 (when ГК РФ ст. 395 began to use the key rate), oldest first: the oldest and the
 * newest known from secondary sources only, the confirmed ones between.
 */
export const KEY_RATES: readonly KeyRateChange[] = KEY_RATE_TABLE.rates;

/** The newest known key rate (possibly from secondary sources: check `confirmed`). */
export function latestKeyRate(): KeyRateChange {
  const last = KEY_RATES[KEY_RATES.length - 1];
  if (!last) throw new Error('KEY_RATES is empty');
  return last;
}

/** The newest key rate read in an official source. */
export function latestConfirmedKeyRate(): KeyRateChange {
  const confirmed = KEY_RATES.filter((r) => r.confirmed);
  const last = confirmed[confirmed.length - 1];
  if (!last) throw new Error('KEY_RATES has no confirmed rate');
  return last;
}

/** The first day the key rate applies to ГК РФ ст. 395 (ст. 395 п. 1 in the wording of 315-ФЗ от 03.07.2016). */
export const KEY_RATE_395_FROM = '2016-08-01';

/** The key rate in force on a day (YYYY-MM-DD), as far as the table knows; null before its first entry. */
export function keyRateOn(isoDate: string): KeyRateChange | null {
  let found: KeyRateChange | null = null;
  for (const change of KEY_RATES) if (change.from <= isoDate) found = change;
  return found;
}
