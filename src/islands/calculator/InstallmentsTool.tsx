/** The installment form and its schedule. */
import { useMemo } from 'preact/hooks';
import { bindText, bindSelect, type ToolProps } from './tool-props';
import { SelectField, TextField, UnitSwitch } from './Field';
import { ScheduleTable } from './ScheduleTable';
import { scheduleSummary } from '../../lib/calculator/summary';
import { Exports } from './Exports';
import { buildSchedule, METHODS, type InstallmentInput } from '../../lib/calculator/schedule';
import { FREQUENCIES } from '../../lib/calculator/dates';
import { FREQUENCY_LABELS, METHOD_LABELS } from '../../lib/calculator/words';
import { parsePercent } from '../../lib/money/percent';
import type { Field } from '../../lib/calculator/url-state';
import { ToolForm } from './ToolForm';
import { INTEREST_BASIS } from '../../lib/calculator/words';

const FIELDS: readonly Field[] = ['amount', 'down', 'n', 'every', 'start', 'rate', 'method'];
const UNITS = [
  ['rub', '₽'],
  ['pct', '%'],
] as const;
const EVERY_OPTIONS = FREQUENCIES.map((f) => [f, FREQUENCY_LABELS[f]] as const);
const METHOD_OPTIONS = METHODS.map((m) => [m, METHOD_LABELS[m]] as const);

/** Installment plan: inputs on the left (or above), the dated schedule below. */
export function InstallmentsTool(p: ToolProps<InstallmentInput>) {
  const { state: s } = p;
  const { input } = p.checked;
  const schedule = useMemo(() => (input ? buildSchedule(input) : null), [input]);
  const rate = parsePercent(s.rate);
  const hasRate = rate.ok && rate.value > 0;
  return (
    <ToolForm
      tool={p}
      id="calc-inst"
      title="Рассрочка"
      legend="Условия рассрочки"
      fields={FIELDS}
      summary={input && schedule ? scheduleSummary(input, schedule) : ''}
      kind={input && 'schedule'}
      result={
        input &&
        schedule && (
          <>
            <ScheduleTable schedule={schedule} input={input} />
            <Exports schedule={schedule} input={input} link={p.link} agreementHref={p.agreementHref} />
          </>
        )
      }
      amountWords="сумму долга"
      resultWord="график"
    >
      <TextField
        {...bindText(p, 'amount')}
        label="Сумма долга, ₽"
        inputMode="decimal"
        placeholder="например, 150 000"
      />
      <TextField
        {...bindText(p, 'down')}
        label="Первый взнос (необязательно)"
        inputMode="decimal"
        hint="Платится в дату первого платежа, остальное делится на платежи."
        addon={
          <UnitSwitch {...bindSelect(p, 'downUnit')} label="Первый взнос в рублях или процентах" options={UNITS} />
        }
      />
      <TextField
        {...bindText(p, 'n')}
        label="Число платежей (от 1 до 120)"
        inputMode="numeric"
        hint={s.down.trim() ? 'Не считая первого взноса.' : undefined}
      />
      <SelectField {...bindSelect(p, 'every')} label="Как часто" options={EVERY_OPTIONS} />
      <TextField {...bindText(p, 'start')} type="date" label="Дата первого платежа" />
      <TextField
        {...bindText(p, 'rate')}
        label="Проценты или наценка, % годовых (необязательно)"
        inputMode="decimal"
        placeholder="0"
        hint={INTEREST_BASIS}
      />
      {hasRate && <SelectField {...bindSelect(p, 'method')} label="Как гасить" options={METHOD_OPTIONS} />}
    </ToolForm>
  );
}
