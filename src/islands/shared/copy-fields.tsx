/** Fields to copy from, each with its button: a link to this calculation and a text shown for copying (the calculator and the claim calculator). */
import { copyToClipboard } from './clipboard';

const COPY_FAILED = 'Не удалось скопировать — выделите текст в поле и скопируйте вручную.';

interface Props {
  /** The tool's class and id prefix: `calc` or `claim` (calc-share, claim-link…). */
  tool: 'calc' | 'claim';
  link: string;
  /** Says what happened, in the tool's status line. */
  onStatus: (message: string) => void;
}

/** The link to this calculation, read-only, selected on focus. */
export function ShareLink({ tool, link, onStatus }: Props) {
  const copy = async () => onStatus((await copyToClipboard(link)) ? 'Ссылка скопирована.' : COPY_FAILED);
  return (
    <div class={`${tool}-share`}>
      <label for={`${tool}-link`}>Ссылка на этот расчёт</label>
      <div class={`${tool}-control`}>
        <input id={`${tool}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button" onClick={copy}>
          Скопировать
        </button>
      </div>
    </div>
  );
}

interface TextProps {
  /** The block's id and class; the text area's id is `${id}-area`. */
  id: string;
  label: string;
  text: string;
  maxRows: number;
  /** What the status line says once the text is copied. */
  done: string;
  onStatus: (message: string) => void;
}

/** A text shown for the user to read and copy (an agreement's schedule, the claim's calculation). */
export function TextToCopy({ id, label, text, maxRows, done, onStatus }: TextProps) {
  const copy = async () => onStatus((await copyToClipboard(text)) ? done : COPY_FAILED);
  return (
    <div class={id} id={id}>
      <label for={`${id}-area`}>{label}</label>
      <textarea id={`${id}-area`} readOnly rows={Math.min(maxRows, text.split('\n').length + 1)} value={text} />
      <button type="button" class="button" onClick={copy}>
        Скопировать текст
      </button>
    </div>
  );
}
