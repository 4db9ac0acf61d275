/** What to do with the document: download the .docx, print, copy the text (and the reminder's short message). */
import { useState } from 'preact/hooks';
import { useRetry } from '../shared/load';
import { LoadError } from '../../lib/site/load';

interface Props {
  onDocx: () => Promise<void>;
  onCopy: (what: 'text' | 'message') => Promise<boolean>;
  hasMessage: boolean;
}

/** The action buttons and a polite status line. */
export function Actions({ onDocx, onCopy, hasMessage }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, run] = useRetry();
  const docx = () =>
    run(async () => {
      setBusy(true);
      setStatus('Готовим файл…');
      try {
        await onDocx();
        setStatus('Файл .docx сохранён.');
      } catch (e) {
        setStatus(
          e instanceof LoadError ? '' : 'Не удалось подготовить файл. Попробуйте ещё раз или скопируйте текст.',
        );
        if (e instanceof LoadError) throw e;
      } finally {
        setBusy(false);
      }
    });
  const copy = async (what: 'text' | 'message') => {
    const ok = await onCopy(what);
    setStatus(
      ok
        ? what === 'text'
          ? 'Текст документа скопирован.'
          : 'Короткое сообщение скопировано.'
        : 'Браузер не дал скопировать: выделите текст в предпросмотре вручную.',
    );
  };
  return (
    <div class="doc-actions no-print" id="doc-step-download">
      <button type="button" class="doc-button doc-button--primary" onClick={docx} disabled={busy} data-action="docx">
        Скачать .docx
      </button>
      <button type="button" class="doc-button" onClick={() => window.print()} data-action="print">
        Печать / PDF
      </button>
      <button type="button" class="doc-button" onClick={() => copy('text')} data-action="copy">
        Скопировать текст
      </button>
      {hasMessage && (
        <button type="button" class="doc-button" onClick={() => copy('message')} data-action="copy-message">
          Скопировать короткое сообщение
        </button>
      )}
      {failed}
      <p class="doc-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
