/** Key rates the user adds after the table's last date (ст. 395 only). */
import { TextField, idOf } from './fields';
import { RowList } from './RowList';
import { bindRow, type FormApi } from './form-api';
import { KEY_RATE_TABLE, latestKeyRate } from '../../lib/money/key-rate';
import { yearRate } from '../../lib/claim/format';
import { formatIsoNumeric as ru } from '../../lib/format/date';
import { rateTableNote } from '../../lib/claim/messages';

/** The key-rate section of the form. */
export function RatesSection({ api }: { api: FormApi }) {
  const last = latestKeyRate();
  return (
    <section class="claim-section" aria-labelledby="claim-rate-title">
      <h2 id="claim-rate-title">Ключевая ставка</h2>
      <p class="claim-hint" id="claim-rate-note">
        {rateTableNote(ru(last.from), yearRate(last.bp), !last.confirmed, ru(KEY_RATE_TABLE.checked))}
      </p>
      <RowList
        api={api}
        name="rate"
        legend="Свои ставки после последней даты таблицы"
        count={api.state.rates.length}
        rowTitle={(i) => `Ставка ${i + 1}`}
        firstInput={(i) => idOf(`rate.${i}.date`)}
        addLabel="Добавить ставку"
        onAdd={() => api.update((s) => ({ ...s, rates: [...s.rates, { date: '', percent: '' }] }), [])}
        onRemove={(i) => api.update((s) => ({ ...s, rates: s.rates.filter((_, j) => j !== i) }), ['rate'])}
        row={(i) => (
          <>
            <TextField {...bindRow(api, 'rates', i, 'date')} type="date" label="Действует с" />
            <TextField {...bindRow(api, 'rates', i, 'percent')} label="Ставка, % годовых" inputMode="decimal" />
          </>
        )}
      />
    </section>
  );
}
