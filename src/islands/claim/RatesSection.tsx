/** Key rates the user adds after the table's last date (ст. 395 only). */
import { TextField } from './fields';
import { RowList } from './RowList';
import { bindRow, type FormApi } from './form-api';

/** The key-rate section of the form; `note` says what the table knows (src/lib/claim/rate-note.ts, from the page). */
export function RatesSection({ api, note }: { api: FormApi; note: string }) {
  return (
    <section class="claim-section" aria-labelledby="claim-rate-title">
      <h2 id="claim-rate-title">Ключевая ставка</h2>
      <p class="claim-hint" id="claim-rate-note">
        {note}
      </p>
      <RowList
        api={api}
        list="rates"
        legend="Свои ставки после последней даты таблицы"
        rowTitle={(i) => `Ставка ${i + 1}`}
        first="date"
        blank={{ date: '', percent: '' }}
        addLabel="Добавить ставку"
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
