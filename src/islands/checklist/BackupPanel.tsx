import { useState } from 'preact/hooks';
import { exportBackup, localIsoDay } from '../../lib/checklist/backup-file';
import { mergeStates } from '../../lib/checklist/merge';
import { fill } from '../../lib/checklist/messages';
import { download } from '../shared/download';
import type { Ctx } from './ctx';

/** Download every case as one JSON file, or load such a file (from this or another device). */
export function BackupPanel({ ctx }: { ctx: Ctx }) {
  const { m } = ctx;
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (): void => {
    download(
      `chek-list-${localIsoDay(new Date())}.json`,
      exportBackup(ctx.store.get().state, new Date()),
      'application/json',
    );
  };
  const load = async (e: Event): Promise<void> => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The strict check (zod) is loaded only now, keeping it out of the page's first load.
    const { importBackup, MAX_BACKUP_CHARS } = await import('../../lib/checklist/on-demand');
    if (file.size > MAX_BACKUP_CHARS * 4) return setResult({ ok: false, text: m.tooBig });
    const outcome = importBackup(await file.text());
    if (!outcome.ok) return setResult({ ok: false, text: outcome.message });
    ctx.store.update((s) => mergeStates(s, outcome.state));
    setResult({ ok: true, text: fill(m.imported, { n: outcome.cases }) });
  };

  return (
    <section class="cl-backup no-print" aria-labelledby="backup-title">
      <h2 id="backup-title">{m.backupTitle}</h2>
      <p>{m.backupIntro}</p>
      <p class="cl-actions">
        <button type="button" class="button" onClick={save} data-action="export-json">
          {m.backupSave}
        </button>
        <label class="button cl-file">
          {m.backupLoad}
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={load}
            data-action="import-json"
          />
        </label>
      </p>
      {result && (
        <p
          class={`cl-notice${result.ok ? '' : ' cl-notice--warn'}`}
          role={result.ok ? 'status' : 'alert'}
          data-import={result.ok ? 'ok' : 'error'}
        >
          {result.text}
        </p>
      )}
    </section>
  );
}
