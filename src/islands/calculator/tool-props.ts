/** What the calculator's root hands each tool, in a module of its own so the tools never import their parent. */
import type { CalcState, Field } from '../../lib/calculator/url-state';
import type { Checked } from '../../lib/calculator/input-check';
import type { ErrorCode, FieldMessages } from '../../lib/calculator/messages';

/** What the tools get from the root: the state, its one check, the errors to show now, and how to change things. */
export interface ToolProps<T> {
  state: CalcState;
  /** The state checked once per change by the root: the tool's input when usable, and the errors by field. */
  checked: Checked<T>;
  today: Date;
  /** False in the server-rendered shell, before the island runs: the form is disabled. */
  ready: boolean;
  /** The error to show next to a field now, or null. */
  errorOf: (field: Field) => ErrorCode | null;
  set: <K extends Field>(field: K, value: CalcState[K]) => void;
  /** The user has left a field: its error may show (a moment later, so a click in progress is not moved away). */
  done: (field: Field) => void;
  /** Show the errors of these fields now (the form was submitted). */
  reveal: (fields: readonly Field[]) => void;
  /** The shareable address of this calculation. */
  link: string;
  /** The documents page's installment agreement; this calculation's query is added to it. */
  agreementHref: string;
  /** The fields' error texts, from the page. */
  messages: FieldMessages;
}

/** Fields of the state that hold free text (what the user typed). */
export type TextFieldName = { [K in Field]: string extends CalcState[K] ? K : never }[Field];

/** Whether a field holds rubles now (its errors then read as the money module's). */
function isMoneyField(state: CalcState, name: Field): boolean {
  return (
    name === 'amount' ||
    (name === 'down' && state.downUnit === 'rub') ||
    (name === 'discount' && state.discountUnit === 'rub')
  );
}

/** The props that tie a TextField to one field of the calculation: value, error, edits and leaving it. */
export function bindText(p: ToolProps<unknown>, name: TextFieldName) {
  return {
    name,
    value: p.state[name],
    error: p.errorOf(name),
    money: isMoneyField(p.state, name),
    messages: p.messages,
    onValue: (v: string) => p.set(name, v),
    onDone: () => p.done(name),
  };
}

/** The props that tie a select (a unit switch, a frequency, a method) to its field of the calculation. */
export function bindSelect<K extends 'downUnit' | 'discountUnit' | 'every' | 'method'>(p: ToolProps<unknown>, name: K) {
  return {
    name,
    value: p.state[name],
    error: p.errorOf(name),
    messages: p.messages,
    onValue: (v: CalcState[K]) => p.set(name, v),
  };
}
