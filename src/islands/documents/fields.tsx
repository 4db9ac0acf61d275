/** Labelled inputs for the documents form, each with its hint and its error tied to it for screen readers. */
import type { ComponentChildren } from 'preact';
import type { ShownError } from '../../lib/documents/input-check';

interface Common {
  /** The field path («me.inn»): the id suffix and the e2e hook. */
  path: string;
  label: string;
  hint?: ComponentChildren;
  error?: ShownError | undefined;
  value: string;
  onValue: (value: string) => void;
}

const idOf = (path: string) => `doc-${path.replace(/\./g, '-')}`;

function Notes({ path, hint, error }: Pick<Common, 'path' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <p class="doc-hint" id={`${idOf(path)}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="doc-error" id={`${idOf(path)}-error`} data-error={error.code}>
          {error.text}
        </p>
      )}
    </>
  );
}

const describedBy = (p: Common) =>
  [p.hint ? `${idOf(p.path)}-hint` : '', p.error ? `${idOf(p.path)}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A one-line input (text, digits or a date). */
export function Input(p: Common & { kind?: 'text' | 'digits' | 'date' | 'email' | 'tel'; autoComplete?: string }) {
  const type = p.kind === 'date' ? 'date' : p.kind === 'email' ? 'email' : p.kind === 'tel' ? 'tel' : 'text';
  return (
    <div class={`doc-field${p.error ? ' doc-field--invalid' : ''}`} data-field={p.path}>
      <label for={idOf(p.path)}>{p.label}</label>
      <input
        id={idOf(p.path)}
        name={p.path}
        type={type}
        inputMode={p.kind === 'digits' ? 'numeric' : undefined}
        autoComplete={p.autoComplete ?? 'off'}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
      <Notes path={p.path} hint={p.hint} error={p.error} />
    </div>
  );
}

/** A multi-line input. */
export function TextArea(p: Common & { rows?: number }) {
  return (
    <div class="doc-field doc-field--wide" data-field={p.path}>
      <label for={idOf(p.path)}>{p.label}</label>
      <textarea
        id={idOf(p.path)}
        name={p.path}
        rows={p.rows ?? 3}
        value={p.value}
        aria-describedby={describedBy(p)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
      <Notes path={p.path} hint={p.hint} error={p.error} />
    </div>
  );
}

/** A select. */
export function Select<T extends string>(
  p: Omit<Common, 'value' | 'onValue'> & {
    value: T;
    options: readonly (readonly [T, string])[];
    onValue: (v: T) => void;
  },
) {
  return (
    <div class="doc-field" data-field={p.path}>
      <label for={idOf(p.path)}>{p.label}</label>
      <select id={idOf(p.path)} name={p.path} value={p.value} onChange={(e) => p.onValue(e.currentTarget.value as T)}>
        {p.options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
