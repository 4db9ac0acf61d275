import { useState } from 'preact/hooks';
import { isoFromDay, localToday } from '../../lib/date/day';
import type { ImportStep } from '../../lib/case/backup';
import type { Ctx } from './ctx';

// The backup writer, the strict check, the preview and their Russian text load only when used.
const lib = () => import('./on-demand');
const focus = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

/** Download every case as one JSON file, or load such a file after a preview of what it will change. */
export function BackupPanel({ ctx }: { ctx: Ctx }) {
  const { m, store } = ctx;
  const [step, setStep] = useState<ImportStep | null>(null);

  const save = async (): Promise<void> => {
    const { download, exportBackup } = await lib();
    download(
      `chek-list-${isoFromDay(localToday(new Date()))}.json`,
      exportBackup(store.get().state, new Date()),
      'application/json',
    );
  };
  const choose = async (e: Event): Promise<void> => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) setStep((await lib()).previewImport(store, new Uint8Array(await file.arrayBuffer())));
  };
  const confirm = async (): Promise<void> => {
    setStep((await lib()).confirmImport(store, step!, { done: m.imported, stale: m.importStale }));
    focus('cl-import-result');
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
            id="cl-import-file"
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={choose}
            data-action="import-json"
          />
        </label>
      </p>
      {step && (
        <div
          class={`cl-notice${step.ok ? '' : ' cl-notice--warn'}`}
          role={step.ok ? 'status' : 'alert'}
          data-import={step.incoming ? 'preview' : step.ok ? 'ok' : 'error'}
        >
          <p id="cl-import-result" tabIndex={-1}>
            {step.text}
          </p>
          {step.incoming && (
            <p class="cl-actions">
              <button type="button" class="button button--primary" onClick={confirm} data-action="import-confirm">
                {m.importLoad}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => (setStep(null), focus('cl-import-file'))}
                data-action="import-cancel"
              >
                {m.cancel}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
