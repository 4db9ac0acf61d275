/** «Скопировать расчёт»: the calculation as plain text for a claim letter, the way a court reads it. */
import { formatRub } from '../money/kopecks';
import { formatIsoNumeric as date } from '../date/day';
import { SECONDARY_TEXT_NOTE } from './result-messages';
import type { ClaimResult } from './result';

const plain = (s: string) => s.replace(/(\d)[\u00a0\u202f](?=\d)/g, '$1 ');

/**
 * The text: heading, the invoices, one line per period with its formula, the totals; a rate known from secondary
 * sources is marked «*» on its line and said once, under the totals.
 */
export function claimText(result: ClaimResult, to: string): string {
  const is395 = result.kind === '395';
  const several = result.invoices.length > 1;
  const out: string[] = [
    is395
      ? `Расчёт процентов за пользование чужими денежными средствами (ст. 395 ГК РФ) по ${date(to)} включительно`
      : `Расчёт неустойки по ${date(to)} включительно`,
    '',
  ];
  result.invoices.forEach((inv, i) => {
    const head = several ? `Счёт ${i + 1}: ` : '';
    out.push(`${head}сумма долга ${formatRub(inv.amount)}, срок оплаты — ${date(inv.due)}.`);
    for (const r of result.rows.filter((x) => x.invoice === i)) {
      const flag = r.rateSource === 'secondary' ? ' *' : '';
      const sum = r.moratorium ? '0,00 ₽' : formatRub(r.amount);
      out.push(
        `${date(r.from)}–${date(r.to)} (${r.days} дн.): ${r.formula} = ${sum}${r.capped ? ' (предел неустойки)' : ''}${flag}`,
      );
    }
    if (several) out.push(`Итого по счёту ${i + 1}: ${formatRub(inv.interest)}.`);
    out.push('');
  });
  const t = result.totals;
  if (t.paid > 0) out.push(`Оплачено: ${formatRub(t.paid)}.`);
  out.push(`${is395 ? 'Проценты' : 'Неустойка'}: ${formatRub(t.interest)}.`);
  out.push(`Остаток основного долга: ${formatRub(t.debtLeft)}.`);
  out.push(`Всего к оплате: ${formatRub(t.claim)}.`);
  if (result.rows.some((r) => r.rateSource === 'secondary')) out.push('', SECONDARY_TEXT_NOTE);
  return plain(out.join('\n'));
}
