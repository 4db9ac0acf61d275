/**
 * The labelled form rows the claim calculator and the documents page draw the same way: a label, the control, a hint
 * and an error (or a warning) tied to the control for screen readers. `look` is the tool's class prefix ('claim',
 * 'doc'), so each tool keeps its own styles: `${look}-field`, `${look}-field--invalid`, `${look}-hint`,
 * `${look}-error`, `${look}-warning`. The payment calculator (`islands/calculator/Field.tsx`), the decision tree and
 * the checklist draw their fields themselves.
 */
import type { ComponentChildren } from 'preact';

/** The class prefix of a tool's form styles. */
type Look = 'claim' | 'doc';

/** The line under a control: an error (with its code for tests and styles) or a warning about a value that is used. */
export interface Note {
  text: ComponentChildren;
  /** The error code, shown as data-error; absent on a warning. */
  code?: string | undefined;
  warning?: boolean | undefined;
}

interface NotesProps {
  look: Look;
  /** The control's element id; the notes' ids are `${id}-hint` and `${id}-error`. */
  id: string;
  hint?: ComponentChildren;
  note?: Note | null | undefined;
}

/** The aria-describedby of a control: its hint and its note, when there are any. */
export const describedBy = ({ id, hint, note }: NotesProps): string | undefined =>
  [hint ? `${id}-hint` : '', note ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Whether the note is an error (the field is then marked invalid). */
const isError = (note: Note | null | undefined): boolean => Boolean(note && !note.warning);

/** The hint and note lines under a control. */
export function FieldNotes({ look, id, hint, note }: NotesProps) {
  return (
    <>
      {hint && (
        <p class={`${look}-hint`} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {note && (
        <p class={`${look}-${note.warning ? 'warning' : 'error'}`} id={`${id}-error`} data-error={note.code}>
          {note.text}
        </p>
      )}
    </>
  );
}

interface RowProps extends NotesProps {
  /** The e2e hook (data-field). */
  name: string;
  label: string;
  /** Extra classes of the row, e.g. 'doc-field--wide'. */
  modifier?: string;
  children: ComponentChildren;
}

/** A labelled row: the label, the control given as children, then the hint and the note. */
export function FieldRow(p: RowProps) {
  const invalid = isError(p.note) ? ` ${p.look}-field--invalid` : '';
  return (
    <div class={`${p.look}-field${p.modifier ? ` ${p.modifier}` : ''}${invalid}`} data-field={p.name}>
      <label for={p.id}>{p.label}</label>
      {p.children}
      <FieldNotes look={p.look} id={p.id} hint={p.hint} note={p.note} />
    </div>
  );
}

/** What a text input takes besides its row. */
export interface TextInputProps extends Omit<RowProps, 'children'> {
  value: string;
  onValue: (value: string) => void;
  /** The user has left the input. */
  onBlur?: (() => void) | undefined;
  type?: string;
  inputMode?: 'decimal' | 'numeric' | 'text' | undefined;
  autoComplete?: string;
  spellcheck?: boolean;
  placeholder?: string | undefined;
  disabled?: boolean | undefined;
  /** A control after the input (a unit switch); when set, the input and it share a `${look}-control` box. */
  addon?: ComponentChildren;
  boxed?: boolean;
}

/** A one-line input (text, digits, a date) in its labelled row. */
export function TextInput({ value, onValue, onBlur, addon, boxed, ...p }: TextInputProps) {
  const input = (
    <input
      id={p.id}
      name={p.name}
      type={p.type ?? 'text'}
      inputMode={p.inputMode}
      autoComplete={p.autoComplete ?? 'off'}
      spellcheck={p.spellcheck}
      placeholder={p.placeholder}
      value={value}
      disabled={p.disabled}
      aria-invalid={isError(p.note) ? 'true' : undefined}
      aria-describedby={describedBy(p)}
      onInput={(e) => onValue(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
  return (
    <FieldRow {...p}>
      {boxed ? (
        <div class={`${p.look}-control`}>
          {input}
          {addon}
        </div>
      ) : (
        input
      )}
    </FieldRow>
  );
}

/** The options of a select: [value, text] pairs. */
export type Options<T extends string> = readonly (readonly [T, string])[];

interface SelectProps<T extends string> {
  id: string;
  name?: string | undefined;
  class?: string;
  value: T;
  options: Options<T>;
  onValue: (value: T) => void;
  disabled?: boolean | undefined;
  'aria-label'?: string;
  'aria-invalid'?: 'true' | undefined;
  'aria-describedby'?: string | undefined;
}

/** A select of fixed options. */
function Select<T extends string>({ options, onValue, ...attrs }: SelectProps<T>) {
  return (
    <select {...attrs} onChange={(e) => onValue(e.currentTarget.value as T)}>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** What a select row takes besides its row. */
export interface SelectRowProps<T extends string> extends Omit<RowProps, 'children'> {
  value: T;
  options: Options<T>;
  onValue: (value: T) => void;
  disabled?: boolean | undefined;
}

/** A select in its labelled row. */
export function SelectRow<T extends string>({ value, options, onValue, disabled, ...p }: SelectRowProps<T>) {
  return (
    <FieldRow {...p}>
      <Select
        id={p.id}
        name={p.name}
        value={value}
        options={options}
        disabled={disabled}
        aria-invalid={isError(p.note) ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        onValue={onValue}
      />
    </FieldRow>
  );
}
