/** Labelled inputs of the claim calculator, each with its hint and its error tied to it for screen readers. */
import type { ComponentChildren } from 'preact';
import { ERROR_MESSAGES, type ErrorCode } from '../../lib/claim/messages';

/** The element id of an input named by its field key ('pay.0.date' → 'claim-pay-0-date'). */
export const idOf = (key: string): string => `claim-${key.replace(/\./g, '-')}`;

interface Notes {
  /** The field key (see url-state.ts FieldKey). */
  name: string;
  hint?: ComponentChildren;
  error: ErrorCode | null;
  /** Shown instead of nothing when there is no error: a word about a value that is used. */
  warning?: ErrorCode | null;
}

const describedBy = ({ name, hint, error, warning }: Notes) =>
  [hint ? `${idOf(name)}-hint` : '', error || warning ? `${idOf(name)}-error` : ''].filter(Boolean).join(' ') ||
  undefined;

/** The hint and error lines under an input. */
export function FieldNotes(p: Notes) {
  const shown = p.error ?? p.warning ?? null;
  return (
    <>
      {p.hint && (
        <p class="claim-hint" id={`${idOf(p.name)}-hint`}>
          {p.hint}
        </p>
      )}
      {shown && (
        <p
          class={p.error ? 'claim-error' : 'claim-warning'}
          id={`${idOf(p.name)}-error`}
          data-error={p.error ? shown : undefined}
        >
          {ERROR_MESSAGES[shown]}
        </p>
      )}
    </>
  );
}

interface TextProps extends Notes {
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
export function TextField(p: TextProps) {
  return (
    <div class={`claim-field${p.error ? ' claim-field--invalid' : ''}`} data-field={p.name}>
      <label for={idOf(p.name)}>{p.label}</label>
      <input
        id={idOf(p.name)}
        name={p.name}
        type={p.type ?? 'text'}
        inputMode={p.inputMode ?? 'text'}
        autoComplete="off"
        spellcheck={false}
        placeholder={p.placeholder}
        value={p.value}
        disabled={p.disabled}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        onBlur={p.onDone}
      />
      <FieldNotes {...p} />
    </div>
  );
}

interface ChoiceProps<T extends string> extends Notes {
  legend: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onValue: (value: T) => void;
  disabled?: boolean;
}

/** A group of radio buttons with a legend. */
export function Choice<T extends string>(p: ChoiceProps<T>) {
  return (
    <fieldset class="claim-choice" data-field={p.name} disabled={p.disabled} aria-describedby={describedBy(p)}>
      <legend>{p.legend}</legend>
      <div class="claim-choice__options">
        {p.options.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={idOf(p.name)}
              value={value}
              checked={p.value === value}
              onChange={() => p.onValue(value)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
      <FieldNotes {...p} />
    </fieldset>
  );
}
