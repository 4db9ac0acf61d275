/** Labelled inputs for the documents form: the shared form rows with its ids (`doc-…`) and its checked errors. */
import type { ComponentChildren } from 'preact';
import type { ShownError } from '../../lib/documents/input-check';
import { FieldRow, SelectRow, TextInput, describedBy, type Options } from '../shared/fields';

interface Common {
  /** The field path («me.inn»): the id suffix and the e2e hook. */
  path: string;
  label: string;
  hint?: ComponentChildren;
  error?: ShownError | undefined;
  value: string;
  onValue: (value: string) => void;
}

/** The shared row's props for a field path: its id, label, hint and error. */
const rowOf = ({ path, label, hint, error }: Omit<Common, 'value' | 'onValue'>) =>
  ({
    look: 'doc',
    name: path,
    id: `doc-${path.replace(/\./g, '-')}`,
    label,
    hint,
    note: error && { code: error.code, text: error.text },
  }) as const;

/** A one-line input (text, digits or a date). */
export function Input(p: Common & { kind?: 'text' | 'digits' | 'date' | 'email' | 'tel'; autoComplete?: string }) {
  const type = p.kind === 'date' ? 'date' : p.kind === 'email' ? 'email' : p.kind === 'tel' ? 'tel' : 'text';
  return (
    <TextInput
      {...rowOf(p)}
      type={type}
      inputMode={p.kind === 'digits' ? 'numeric' : undefined}
      autoComplete={p.autoComplete ?? 'off'}
      value={p.value}
      onValue={p.onValue}
    />
  );
}

/** A multi-line input. */
export function TextArea(p: Common & { rows?: number }) {
  const row = rowOf(p);
  return (
    <FieldRow {...row} modifier="doc-field--wide">
      <textarea
        id={row.id}
        name={p.path}
        rows={p.rows ?? 3}
        value={p.value}
        aria-describedby={describedBy(row)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </FieldRow>
  );
}

/** A select. */
export function Select<T extends string>(
  p: Omit<Common, 'value' | 'onValue'> & { value: T; options: Options<T>; onValue: (v: T) => void },
) {
  return <SelectRow {...rowOf(p)} value={p.value} options={p.options} onValue={p.onValue} />;
}
