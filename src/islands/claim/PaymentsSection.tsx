/** Partial payments: a date and an amount each, and optionally the invoice the payment named. */
import { FieldNotes, TextField, idOf } from './fields';
import { RowList } from './RowList';
import { bindRow, withRow, type FormApi } from './form-api';

/** The payments section of the form. */
export function PaymentsSection({ api }: { api: FormApi }) {
  const invoices = 1 + api.state.invoices.length;
  return (
    <section class="claim-section" aria-labelledby="claim-pay-title">
      <h2 id="claim-pay-title">Частичные оплаты</h2>
      <RowList
        api={api}
        name="pay"
        legend="Что клиент уже заплатил"
        hint="Оплата уменьшает долг со следующего дня. Если в платеже не сказано, какой счёт он гасит, он идёт в счёт того, срок которого наступил раньше (ГК РФ ст. 319.1 п. 3; проверьте действующую редакцию)."
        count={api.state.payments.length}
        rowTitle={(i) => `Оплата ${i + 1}`}
        firstInput={(i) => idOf(`pay.${i}.date`)}
        addLabel="Добавить оплату"
        onAdd={() =>
          api.update((s) => ({ ...s, payments: [...s.payments, { date: '', amount: '', invoice: '' }] }), [])
        }
        onRemove={(i) => api.update((s) => ({ ...s, payments: s.payments.filter((_, j) => j !== i) }), ['pay'])}
        row={(i) => {
          const key = `pay.${i}.invoice`;
          const value = api.state.payments[i]?.invoice ?? '';
          const error = api.errorOf(key);
          return (
            <>
              <TextField {...bindRow(api, 'payments', i, 'date')} type="date" label="Дата оплаты" />
              <TextField {...bindRow(api, 'payments', i, 'amount')} label="Сумма, ₽" inputMode="decimal" />
              {(invoices > 1 || value !== '') && (
                <div class={`claim-field${error ? ' claim-field--invalid' : ''}`} data-field={key}>
                  <label for={idOf(key)}>Какой счёт гасит</label>
                  <select
                    id={idOf(key)}
                    value={value}
                    disabled={!api.ready}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `${idOf(key)}-error` : undefined}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      api.update((s) => ({ ...s, payments: withRow(s.payments, i, { invoice: v }) }), [key]);
                    }}
                  >
                    <option value="">Самый ранний по сроку</option>
                    {Array.from({ length: invoices }, (_, n) => (
                      <option key={n} value={String(n + 1)}>
                        Счёт {n + 1}
                      </option>
                    ))}
                    {value !== '' && !(Number(value) >= 1 && Number(value) <= invoices) && (
                      <option value={value}>Счёт «{value}» (из ссылки)</option>
                    )}
                  </select>
                  <FieldNotes name={key} error={error} />
                </div>
              )}
            </>
          );
        }}
      />
    </section>
  );
}
