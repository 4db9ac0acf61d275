/** Partial payments: a date and an amount each, and optionally the invoice the payment named. */
import { SelectField, TextField } from './fields';
import { RowList } from './RowList';
import { bindRow, withRow, type FormApi } from './form-api';
import type { FormHints } from '../../lib/claim/messages';

/** The payments section of the form. */
export function PaymentsSection({ api, hints }: { api: FormApi; hints: FormHints }) {
  const invoices = 1 + api.state.invoices.length;
  return (
    <section class="claim-section" aria-labelledby="claim-pay-title">
      <h2 id="claim-pay-title">Частичные оплаты</h2>
      <RowList
        api={api}
        list="payments"
        legend="Что клиент уже заплатил"
        hint={hints.payments}
        rowTitle={(i) => `Оплата ${i + 1}`}
        first="date"
        blank={{ date: '', amount: '', invoice: '' }}
        addLabel="Добавить оплату"
        row={(i) => {
          const key = `pay.${i}.invoice`;
          const value = api.state.payments[i]?.invoice ?? '';
          const known = Array.from({ length: invoices }, (_, n) => [String(n + 1), `Счёт ${n + 1}`] as const);
          // A number from the link that names no invoice stays visible as it was given.
          const fromLink = value !== '' && !(Number(value) >= 1 && Number(value) <= invoices);
          return (
            <>
              <TextField {...bindRow(api, 'payments', i, 'date')} type="date" label="Дата оплаты" />
              <TextField {...bindRow(api, 'payments', i, 'amount')} label="Сумма, ₽" inputMode="decimal" />
              {(invoices > 1 || value !== '') && (
                <SelectField
                  name={key}
                  label="Какой счёт гасит"
                  value={value}
                  options={[
                    ['', 'Самый ранний по сроку'],
                    ...known,
                    ...(fromLink ? [[value, `Счёт «${value}» (из ссылки)`] as const] : []),
                  ]}
                  error={api.errorOf(key)}
                  messages={api.messages}
                  disabled={!api.ready}
                  onValue={(v) =>
                    api.update((s) => ({ ...s, payments: withRow(s.payments, i, { invoice: v }) }), [key])
                  }
                />
              )}
            </>
          );
        }}
      />
    </section>
  );
}
