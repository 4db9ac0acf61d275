/** The early-payment discount form and what the offer means for both sides. */
import { useMemo } from 'preact/hooks';
import { bindText, bindSelect, type ToolProps } from './tool-props';
import { TextField, UnitSwitch } from './Field';
import { discountOffer, maxDiscountSentence, verdictSentence, type DiscountInput } from '../../lib/calculator/discount';
import { KEY_RATE_TABLE, latestKeyRate } from '../../lib/money/key-rate';
import { keyRateResultNote, SECONDARY_SOURCE_NOTE, tableAsOf } from '../../lib/money/key-rate-notes';
import { formatBp, formatRatePct } from '../../lib/money/percent';
import { formatRub } from '../../lib/money/kopecks';
import { formatIsoNumeric } from '../../lib/date/day';
import { daysCount } from '../../lib/calculator/words';
import type { Field } from '../../lib/calculator/url-state';
import { ToolForm } from './ToolForm';

const FIELDS: readonly Field[] = ['amount', 'discount', 'discountDays', 'dueDays', 'keyRate'];
const UNITS = [
  ['pct', '%'],
  ['rub', '₽'],
] as const;
const KEY = latestKeyRate();
const KEY_DATE = formatIsoNumeric(KEY.from);

/** Where the comparison rate came from, when it is the table's newest rate. */
function keyRateNote(bp: number) {
  const note = keyRateResultNote(bp, KEY_RATE_TABLE);
  return note ? (
    <p class="calc-note" data-key-rate-note>
      {note}
    </p>
  ) : null;
}

/** Discount for quick payment: the price of the offer as an annual rate, against the key rate. */
export function DiscountTool(p: ToolProps<DiscountInput>) {
  const { checked } = p;
  const result = useMemo(() => (checked.input ? discountOffer(checked.input) : null), [checked]);
  const input = checked.input;
  return (
    <ToolForm
      tool={p}
      id="calc-disc"
      title="Скидка за быструю оплату"
      legend="Условия скидки"
      fields={FIELDS}
      summary={result && input ? verdictSentence(result, input.keyRateBp) : ''}
      kind={result && input ? 'discount' : null}
      result={
        result &&
        input && (
          <div class="calc-discount">
            <h3 class="calc-result__title">Что даёт скидка</h3>
            <dl class="calc-totals">
              <div>
                <dt>Клиент платит, если успеет за {daysCount(input.discountDays)}</dt>
                <dd data-client-pays>{formatRub(result.clientPays)}</dd>
              </div>
              <div>
                <dt>Клиент экономит — столько стоит скидка вам</dt>
                <dd data-saving>{formatRub(result.saving)}</dd>
              </div>
              <div>
                <dt>Деньги приходят раньше на</dt>
                <dd>{daysCount(result.daysSooner)}</dd>
              </div>
              <div>
                <dt>Годовая ставка скидки: простая</dt>
                <dd data-simple-rate>{formatRatePct(result.simpleRate)}</dd>
              </div>
              <div>
                <dt>С учётом сложного процента</dt>
                <dd data-effective-rate>{formatRatePct(result.effectiveRate)}</dd>
              </div>
            </dl>
            <p class="calc-verdict" data-verdict={result.verdict}>
              {verdictSentence(result, input.keyRateBp)}
            </p>
            <p class="calc-reverse" data-max-discount={result.maxDiscount}>
              {maxDiscountSentence(result, input.keyRateBp)}
            </p>
            {keyRateNote(input.keyRateBp)}
            <div class="calc-share no-print">
              <label for="calc-link">Ссылка на этот расчёт</label>
              <input id="calc-link" type="text" readOnly value={p.link} onFocus={(e) => e.currentTarget.select()} />
            </div>
          </div>
        )
      }
      amountWords="сумму счёта"
      resultWord="расчёт"
    >
      <TextField
        {...bindText(p, 'amount')}
        label="Сумма счёта, ₽"
        inputMode="decimal"
        placeholder="например, 100 000"
      />
      <TextField
        {...bindText(p, 'discount')}
        label="Скидка"
        inputMode="decimal"
        addon={<UnitSwitch {...bindSelect(p, 'discountUnit')} label="Скидка в процентах или рублях" options={UNITS} />}
      />
      <TextField
        {...bindText(p, 'discountDays')}
        label="Оплатить со скидкой в течение, дней"
        inputMode="text"
        hint="Число дней от сегодняшнего дня или дата, например 05.12.2026."
      />
      <TextField
        {...bindText(p, 'dueDays')}
        label="Обычный срок оплаты, дней"
        inputMode="text"
        hint="Число дней от сегодняшнего дня или дата."
      />
      <TextField
        {...bindText(p, 'keyRate')}
        label="Ставка для сравнения, % годовых"
        inputMode="decimal"
        hint={
          <>
            Ключевая ставка Банка России — {formatBp(KEY.bp)} с <time dateTime={KEY.from}>{KEY_DATE}</time>
            {KEY.confirmed ? '' : ` (${SECONDARY_SOURCE_NOTE})`}. {tableAsOf(KEY_RATE_TABLE)} Если ставка изменилась или
            вы сравниваете со своей ставкой по кредиту, впишите нужную.
          </>
        }
      />
    </ToolForm>
  );
}
