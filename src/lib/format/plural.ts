/** Russian plural forms, one place for the whole site. */

/** The form for a count: plural(3, ['платёж', 'платежа', 'платежей']) → 'платежа'; 11–14 take the third. */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const abs = Math.abs(Math.trunc(n));
  const last2 = abs % 100;
  const last = abs % 10;
  if (last2 >= 11 && last2 <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** The count with its word, joined by a no-break space: count(21, ['платёж', 'платежа', 'платежей']) → «21 платёж». */
export function count(n: number, forms: readonly [one: string, few: string, many: string]): string {
  return `${n}\u00a0${plural(n, forms)}`;
}
