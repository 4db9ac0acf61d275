/** What to do with the document: download the .docx, print, copy the text (and the reminder's short message). */
import { useState } from 'preact/hooks';
import { useRetry } from '../shared/load';
import { LoadError } from '../../lib/site/load';
import type { PageText } from '../../lib/documents/page-text';

interface Props {
  onDocx: () => Promise<void>;
  onCopy: (what: 'text' | 'message') => Promise<boolean>;
  hasMessage: boolean;
  /** The buttons' words and the statuses (page-text.ts, passed by the page). */
  text: PageText['actions'];
}

/** The action buttons and a polite status line. */
export function Actions({ onDocx, onCopy, hasMessage, text }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, run] = useRetry();
  const docx = () =>
    run(async () => {
      setBusy(true);
      setStatus(text.making);
      try {
        await onDocx();
        setStatus(text.made);
      } catch (e) {
        setStatus(e instanceof LoadError ? '' : text.notMade);
        if (e instanceof LoadError) throw e;
      } finally {
        setBusy(false);
      }
    });
  const copy = async (what: 'text' | 'message') => {
    const ok = await onCopy(what);
    setStatus(ok ? (what === 'text' ? text.copied : text.copiedMessage) : text.notCopied);
  };
  return (
    <div class="doc-actions no-print" id="doc-step-download">
      <button type="button" class="doc-button doc-button--primary" onClick={docx} disabled={busy} data-action="docx">
        {text.docx}
      </button>
      <button type="button" class="doc-button" onClick={() => window.print()} data-action="print">
        {text.print}
      </button>
      <button type="button" class="doc-button" onClick={() => copy('text')} data-action="copy">
        {text.copy}
      </button>
      {hasMessage && (
        <button type="button" class="doc-button" onClick={() => copy('message')} data-action="copy-message">
          {text.copyMessage}
        </button>
      )}
      {failed}
      <p class="doc-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
