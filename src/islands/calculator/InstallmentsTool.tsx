/** The installment form and its schedule. */
import { useMemo } from 'preact/hooks';
import { bindText, type ToolProps } from './tool-props';
import { SelectField, TextField, UnitSwitch } from './Field';
import { ScheduleTable } from './ScheduleTable';
import { scheduleSummary } from '../../lib/calculator/summary';
import { Exports } from './Exports';
import { buildSchedule, METHODS, type InstallmentInput } from '../../lib/calculator/schedule';
import { FREQUENCIES } from '../../lib/calculator/dates';
import { FREQUENCY_LABELS, METHOD_LABELS } from '../../lib/calculator/words';
import { parsePercent } from '../../lib/money/percent';
import type { Field } from '../../lib/calculator/url-state';
import { submitTo } from './submit';
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
  const { checked } = p;
  const schedule = useMemo(() => (checked.input ? buildSchedule(checked.input) : null), [checked]);
  const rate = parsePercent(s.rate);
  const hasRate = rate.ok && rate.value > 0;
  return (
    <section aria-labelledby="calc-inst-title">
      <h2 id="calc-inst-title" class="visually-hidden">
        Рассрочка
      </h2>
      <form class="no-print" noValidate onSubmit={submitTo(FIELDS, checked.errors, p.reveal)}>
        <fieldset class="calc-form" disabled={!p.ready}>
          <legend class="visually-hidden">Условия рассрочки</legend>
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
              <UnitSwitch
                name="downUnit"
                label="Первый взнос в рублях или процентах"
                value={s.downUnit}
                options={UNITS}
                onValue={(v) => p.set('downUnit', v)}
              />
            }
          />
          <TextField
            {...bindText(p, 'n')}
            label="Число платежей (от 1 до 120)"
            inputMode="numeric"
            hint={s.down.trim() ? 'Не считая первого взноса.' : undefined}
          />
          <SelectField
            name="every"
            label="Как часто"
            value={s.every}
            options={EVERY_OPTIONS}
            error={p.errorOf('every')}
            onValue={(v) => p.set('every', v)}
          />
          <TextField {...bindText(p, 'start')} type="date" label="Дата первого платежа" />
          <TextField
            {...bindText(p, 'rate')}
            label="Проценты или наценка, % годовых (необязательно)"
            inputMode="decimal"
            placeholder="0"
            hint={INTEREST_BASIS}
          />
          {hasRate && (
            <SelectField
              name="method"
              label="Как гасить"
              value={s.method}
              options={METHOD_OPTIONS}
              error={p.errorOf('method')}
              onValue={(v) => p.set('method', v)}
            />
          )}
          <button class="button button--primary calc-submit" type="submit">
            Рассчитать
          </button>
        </fieldset>
      </form>
      <p class="visually-hidden" aria-live="polite">
        {schedule && checked.input ? scheduleSummary(checked.input, schedule) : ''}
      </p>
      <div class="calc-result" tabIndex={-1} data-result={schedule ? 'schedule' : 'waiting'}>
        {schedule && checked.input ? (
          <>
            <ScheduleTable schedule={schedule} input={checked.input} />
            <Exports schedule={schedule} input={checked.input} link={p.link} agreementHref={p.agreementHref} />
          </>
        ) : (
          <p class="calc-waiting no-print">
            {s.amount.trim() === ''
              ? 'Введите сумму долга — график появится здесь.'
              : 'Исправьте отмеченные поля — график появится здесь.'}
          </p>
        )}
      </div>
    </section>
  );
}
