/** Labelled inputs of the claim calculator: the shared form rows with its ids (`claim-…`) and its messages. */
import type { ComponentChildren } from 'preact';
import type { ErrorCode, ErrorMessages } from '../../lib/claim/messages';
import { FieldNotes as Notes, SelectRow, TextInput, describedBy, type Note, type Options } from '../shared/fields';

/** The element id of an input named by its field key ('pay.0.date' → 'claim-pay-0-date'). */
export const idOf = (key: string): string => `claim-${key.replace(/\./g, '-')}`;

interface NoteProps {
  /** The field key (see url-state.ts FieldKey). */
  name: string;
  hint?: ComponentChildren;
  error: ErrorCode | null;
  /** Shown instead of nothing when there is no error: a word about a value that is used. */
  warning?: ErrorCode | null | undefined;
  /** The messages of the codes (messages.ts ERROR_MESSAGES, passed by the page). */
  messages: ErrorMessages;
}

/** The shared row's props for a field key: its id, hint and the error (or else the warning) under it. */
function rowOf({ name, hint, error, warning, messages }: NoteProps) {
  const note: Note | null = error
    ? { code: error, text: messages[error] }
    : warning
      ? { text: messages[warning], warning: true }
      : null;
  return { look: 'claim', name, id: idOf(name), hint, note } as const;
}

interface TextProps extends NoteProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  onDone: () => void;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'text';
  placeholder?: string;
  disabled?: boolean;
}

/** A text or date input; the lib decides whether what was typed can be used. */
export function TextField({ error, warning, hint, messages, onDone, inputMode, ...p }: TextProps) {
  return (
    <TextInput
      {...p}
      {...rowOf({ name: p.name, hint, error, warning, messages })}
      inputMode={inputMode ?? 'text'}
      spellcheck={false}
      onBlur={onDone}
    />
  );
}

interface SelectProps<T extends string> extends NoteProps {
  label: string;
  value: T;
  options: Options<T>;
  onValue: (value: T) => void;
  disabled?: boolean;
}

interface ChoiceProps<T extends string> extends Omit<SelectProps<T>, 'label'> {
  legend: string;
}

/** A group of radio buttons with a legend. */
export function Choice<T extends string>(p: ChoiceProps<T>) {
  const row = rowOf(p);
  return (
    <fieldset class="claim-choice" data-field={p.name} disabled={p.disabled} aria-describedby={describedBy(row)}>
      <legend>{p.legend}</legend>
      <div class="claim-choice__options">
        {p.options.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={row.id}
              value={value}
              checked={p.value === value}
              onChange={() => p.onValue(value)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
      <Notes {...row} />
    </fieldset>
  );
}

/** A select in its labelled row, with the notes of its field key. */
export function SelectField<T extends string>({ error, warning, hint, messages, ...p }: SelectProps<T>) {
  return <SelectRow {...p} {...rowOf({ name: p.name, hint, error, warning, messages })} />;
}

interface CheckProps extends NoteProps {
  label: string;
  checked: boolean;
  onValue: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox with its label, hint and note. */
export function CheckField({ label, checked, onValue, disabled, ...p }: CheckProps) {
  const row = rowOf(p);
  return (
    <div class="claim-check" data-field={p.name}>
      <label>
        <input
          type="checkbox"
          id={row.id}
          checked={checked}
          disabled={disabled}
          aria-describedby={describedBy(row)}
          onChange={(e) => onValue(e.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      <Notes {...row} />
    </div>
  );
}
