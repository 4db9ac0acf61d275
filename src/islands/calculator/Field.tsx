/** Labelled form controls with a hint and an error message tied to them for screen readers. */
import type { ComponentChildren } from 'preact';
import type { ErrorCode, FieldMessages } from '../../lib/calculator/messages';

interface Common {
  /** Field name, also the element id suffix and the e2e hook. */
  name: string;
  label: string;
  hint?: ComponentChildren;
  /** The error to show now (null when none or not yet to be shown). */
  error: ErrorCode | null;
  /** The field holds rubles: its errors read as the money module's, the same as in every tool. */
  money?: boolean | undefined;
  /** The error texts, from the page. */
  messages: FieldMessages;
}

const describedBy = (name: string, hint: unknown, error: unknown) =>
  [hint ? `calc-${name}-hint` : '', error ? `calc-${name}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The hint and error lines under a control. */
function FieldNotes({
  name,
  hint,
  error,
  money,
  messages,
}: Pick<Common, 'name' | 'hint' | 'error' | 'money' | 'messages'>) {
  return (
    <>
      {hint && (
        <p class="calc-hint" id={`calc-${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="calc-error" id={`calc-${name}-error`} data-error={error}>
          {(money && messages.money[error as keyof FieldMessages['money']]) || messages.errors[error]}
        </p>
      )}
    </>
  );
}

interface TextFieldProps extends Common {
  value: string;
  onValue: (value: string) => void;
  onDone: () => void;
  inputMode?: 'decimal' | 'numeric' | 'text';
  type?: 'text' | 'date';
  placeholder?: string;
  /** A control placed after the input (a unit switch). */
  addon?: ComponentChildren;
}

/** A text (or date) input that accepts what people type; the lib decides whether it can be used. */
export function TextField(p: TextFieldProps) {
  return (
    <div class={`calc-field${p.error ? ' calc-field--invalid' : ''}`} data-field={p.name}>
      <label for={`calc-${p.name}`}>{p.label}</label>
      <div class="calc-control">
        <input
          id={`calc-${p.name}`}
          name={p.name}
          type={p.type ?? 'text'}
          inputMode={p.inputMode ?? 'text'}
          autoComplete="off"
          spellcheck={false}
          placeholder={p.placeholder}
          value={p.value}
          aria-invalid={p.error ? 'true' : undefined}
          aria-describedby={describedBy(p.name, p.hint, p.error)}
          onInput={(e) => p.onValue(e.currentTarget.value)}
          onBlur={p.onDone}
        />
        {p.addon}
      </div>
      <FieldNotes name={p.name} hint={p.hint} error={p.error} money={p.money} messages={p.messages} />
    </div>
  );
}

/** The options of a select, from [value, text] pairs. */
const optionList = <T extends string>(options: readonly (readonly [T, string])[]) =>
  options.map(([value, text]) => (
    <option value={value} key={value}>
      {text}
    </option>
  ));

interface SelectFieldProps<T extends string> extends Common {
  value: T;
  options: readonly (readonly [T, string])[];
  onValue: (value: T) => void;
}

/** A select with its label and notes. */
export function SelectField<T extends string>(p: SelectFieldProps<T>) {
  return (
    <div class={`calc-field${p.error ? ' calc-field--invalid' : ''}`} data-field={p.name}>
      <label for={`calc-${p.name}`}>{p.label}</label>
      <select
        id={`calc-${p.name}`}
        name={p.name}
        value={p.value}
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        onChange={(e) => p.onValue(e.currentTarget.value as T)}
      >
        {optionList(p.options)}
      </select>
      <FieldNotes name={p.name} hint={p.hint} error={p.error} messages={p.messages} />
    </div>
  );
}

interface UnitSwitchProps<T extends string> {
  name: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onValue: (value: T) => void;
}

/** A compact select of units (₽ or %) next to an input. */
export function UnitSwitch<T extends string>(p: UnitSwitchProps<T>) {
  return (
    <select
      class="calc-unit"
      id={`calc-${p.name}`}
      name={p.name}
      aria-label={p.label}
      value={p.value}
      onChange={(e) => p.onValue(e.currentTarget.value as T)}
    >
      {optionList(p.options)}
    </select>
  );
}
