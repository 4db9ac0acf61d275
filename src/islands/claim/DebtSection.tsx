/** The debt: invoice 1 (amount and due date) and any more invoices, each with its own due date. */
import { AROSE_LABEL, type FormHints } from '../../lib/claim/messages';
import { asksArose } from '../../lib/claim/moratorium';
import { TextField } from './fields';
import { RowList } from './RowList';
import { bind, bindRow, type FormApi } from './form-api';

const AMOUNT_HINT = 'Например, 150 000 или 1 234,56.';

/** The debt section of the form. */
export function DebtSection({ api, hints }: { api: FormApi; hints: FormHints }) {
  const several = api.state.invoices.length > 0;
  return (
    <section class="claim-section" aria-labelledby="claim-debt-title">
      <h2 id="claim-debt-title">Долг</h2>
      <div class="claim-grid">
        <TextField
          {...bind(api, 'debt')}
          label={several ? 'Счёт 1: сумма, ₽' : 'Сумма долга, ₽'}
          inputMode="decimal"
          hint={api.fromPlan ? hints.plan : AMOUNT_HINT}
        />
        <TextField
          {...bind(api, 'due')}
          type="date"
          label={several ? 'Счёт 1: последний день оплаты' : 'Последний день оплаты'}
          hint="Проценты идут со следующего дня."
        />
        {asksArose(api.state.due, api.state.arose) && (
          <TextField {...bind(api, 'arose')} type="date" label={AROSE_LABEL} hint={hints.arose} />
        )}
      </div>
      <RowList
        api={api}
        list="invoices"
        legend="Другие счета"
        hint={hints.invoices}
        rowTitle={(i) => `Счёт ${i + 2}`}
        first="amount"
        blank={{ amount: '', due: '', arose: '' }}
        addLabel="Добавить счёт"
        onRemove={(i) =>
          api.update(
            (s) => ({
              ...s,
              invoices: s.invoices.filter((_, j) => j !== i),
              // Payments named after a later invoice keep pointing at the same invoice.
              payments: s.payments.map((p) => {
                const n = Number(p.invoice);
                return n === i + 2 ? { ...p, invoice: '' } : n > i + 2 ? { ...p, invoice: String(n - 1) } : p;
              }),
            }),
            ['inv'],
          )
        }
        row={(i) => (
          <>
            <TextField {...bindRow(api, 'invoices', i, 'amount')} label="Сумма, ₽" inputMode="decimal" />
            <TextField {...bindRow(api, 'invoices', i, 'due')} type="date" label="Последний день оплаты" />
            {asksArose(api.state.invoices[i]?.due ?? '', api.state.invoices[i]?.arose ?? '') && (
              <TextField {...bindRow(api, 'invoices', i, 'arose')} type="date" label={AROSE_LABEL} hint={hints.arose} />
            )}
          </>
        )}
      />
    </section>
  );
}
