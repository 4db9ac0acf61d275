import { useState } from 'preact/hooks';
import { activeCase, liveEntries, removeEntry, saveEntry, type EntryFields } from '../../lib/case/actions';
import { newId } from '../../lib/case/backup-file';
import { formatIsoNumeric, isoFromDay, localToday } from '../../lib/date/day';
import { fill } from '../../lib/format/fill';
import { checkEntry } from '../../lib/checklist/input-check';
import { CHANNELS, LIMITS, type Channel } from '../../lib/case/stored-state';
import type { Ctx } from './ctx';

const blank = (): EntryFields => ({
  date: isoFromDay(localToday(new Date())),
  channel: 'call',
  said: '',
  agreed: '',
  next: '',
  nextDate: '',
});
type TextField = 'said' | 'agreed' | 'next';

/** The contact log of the active case: a form to add or edit an entry, the entries, CSV export. */
export function ContactLog({ ctx }: { ctx: Ctx }) {
  const { m } = ctx;
  const current = activeCase(ctx.snap.state);
  const entries = current ? liveEntries(current[1]) : [];
  const [form, setForm] = useState<EntryFields>(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState('');
  const set = (k: keyof EntryFields) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const clear = (): void => {
    setEditing(null);
    setForm(blank());
    setError('');
  };
  /** Stop editing and put focus back on the entry's «Изменить» button (or the log's title). */
  const cancel = (): void => {
    const id = editing;
    clear();
    const back = document.querySelector<HTMLElement>(`[data-entry="${id}"] [data-action="edit-entry"]`);
    (back ?? document.getElementById('log-title'))?.focus();
  };

  const submit = (e: Event): void => {
    e.preventDefault();
    const problem = checkEntry(form, current?.[1] ?? null, !editing);
    if (problem) return setError(fill(m[problem], { n: LIMITS.entries }));
    const id = editing ?? newId();
    ctx.act((s, caseId, at) => saveEntry(s, caseId, id, form, at));
    ctx.announce(editing ? m.changed : m.added);
    clear();
  };
  const edit = (id: string, { date, channel, said, agreed, next, nextDate }: EntryFields): void => {
    setEditing(id);
    setForm({ date, channel, said, agreed, next, nextDate });
    setError('');
    document.getElementById('log-date')?.focus();
  };
  const remove = (id: string, date: string): void => {
    if (!window.confirm(fill(m.confirmRemoveEntry, { date: formatIsoNumeric(date) }))) return;
    ctx.act((s, caseId, at) => removeEntry(s, caseId, id, at));
    ctx.announce(m.removed);
    if (editing === id) clear();
    document.getElementById('log-title')?.focus();
  };
  const exportCsv = async (): Promise<void> => {
    const c = current![1];
    // The CSV writer is loaded on first use: most visits never export.
    const { download, fileName, logToCsv } = await import('./on-demand');
    download(
      fileName('журнал-контактов', c.client, isoFromDay(localToday(new Date())), 'csv'),
      logToCsv(
        c,
        entries.map(([, e]) => e),
      ),
      'text/csv;charset=utf-8',
    );
  };
  const area = (k: TextField, rows: number) => (
    <p class={`cl-field${rows ? ' cl-field--wide' : ''}`}>
      <label for={`log-${k}`}>{m[k]}</label>
      {rows ? (
        <textarea id={`log-${k}`} rows={rows} maxLength={LIMITS.text} value={form[k]} onInput={set(k)} />
      ) : (
        <input id={`log-${k}`} type="text" maxLength={LIMITS.text} value={form[k]} onInput={set(k)} />
      )}
    </p>
  );
  const date = (k: 'date' | 'nextDate', id: string) => (
    <p class="cl-field">
      <label for={id}>{m[k]}</label>
      <input id={id} type="date" required={k === 'date'} value={form[k]} onChange={set(k)} />
    </p>
  );

  return (
    <section class="cl-log" id="log" aria-labelledby="log-title">
      <h2 id="log-title" tabIndex={-1}>
        {m.logTitle}
      </h2>
      <form
        class="cl-log-form no-print"
        onSubmit={submit}
        onKeyDown={(e) => editing && e.key === 'Escape' && cancel()}
        noValidate
      >
        <fieldset>
          <legend>{editing ? m.entryEdit : m.entryNew}</legend>
          {date('date', 'log-date')}
          <p class="cl-field">
            <label for="log-channel">{m.channel}</label>
            <select
              id="log-channel"
              value={form.channel}
              onChange={(e) => setForm({ ...form, channel: e.currentTarget.value as Channel })}
            >
              {CHANNELS.map((ch) => (
                <option key={ch} value={ch}>
                  {ctx.copy.channels[ch]}
                </option>
              ))}
            </select>
          </p>
          {area('said', 2)}
          {area('agreed', 2)}
          {area('next', 0)}
          {date('nextDate', 'log-next-date')}
        </fieldset>
        {error && (
          <p class="cl-error" role="alert">
            {error}
          </p>
        )}
        <p class="cl-actions">
          <button type="submit" class="button button--primary" data-action="save-entry">
            {editing ? m.save : m.add}
          </button>
          {editing && (
            <button type="button" class="button" onClick={cancel} data-action="cancel-edit">
              {m.cancel}
            </button>
          )}
        </p>
      </form>
      {entries.length === 0 ? (
        <p class="cl-empty">{m.empty}</p>
      ) : (
        <ol class="cl-entries">
          {entries.map(([id, e]) => {
            const when = formatIsoNumeric(e.date);
            return (
              <li key={id} class="cl-entry" data-entry={id}>
                <p class="cl-entry__head">
                  <strong>{when}</strong> · {ctx.copy.channels[e.channel]}
                </p>
                <dl>
                  {e.said && (
                    <>
                      <dt>{m.said}</dt>
                      <dd data-field="said">{e.said}</dd>
                    </>
                  )}
                  {e.agreed && (
                    <>
                      <dt>{m.agreed}</dt>
                      <dd data-field="agreed">{e.agreed}</dd>
                    </>
                  )}
                  {(e.next || e.nextDate) && (
                    <>
                      <dt>{m.next}</dt>
                      <dd data-field="next">
                        {e.next}
                        {e.nextDate && fill(m.nextUntil, { date: formatIsoNumeric(e.nextDate) })}
                      </dd>
                    </>
                  )}
                </dl>
                <p class="cl-entry__actions no-print">
                  <button
                    type="button"
                    class="button"
                    onClick={() => edit(id, e)}
                    aria-label={fill(m.editLabel, { date: when })}
                    data-action="edit-entry"
                  >
                    {m.edit}
                  </button>
                  <button
                    type="button"
                    class="button"
                    onClick={() => remove(id, e.date)}
                    aria-label={fill(m.removeLabel, { date: when })}
                    data-action="remove-entry"
                  >
                    {m.remove}
                  </button>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > 0 && (
        <p class="cl-actions no-print">
          <button type="button" class="button" onClick={exportCsv} data-action="export-csv">
            {m.csv}
          </button>
        </p>
      )}
    </section>
  );
}
