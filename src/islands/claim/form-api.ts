/** What the form sections get from the root: the state, the errors to show now, and how to change things. */
import type { ErrorCode, ErrorMessages } from '../../lib/claim/messages';
import type { ClaimState, FieldKey } from '../../lib/claim/url-state';

/** The root's handle for the sections of the form. */
export interface FormApi {
  state: ClaimState;
  /** False in the server-rendered shell, before the island runs: the form is disabled. */
  ready: boolean;
  /** The page was opened from a decision-tree plan with its amount (the debt may include interest). */
  fromPlan: boolean;
  /** The error to show next to an input now, or null. */
  errorOf: (key: FieldKey) => ErrorCode | null;
  /** A word about a value that is used but worth noticing, or null. */
  warningOf: (key: FieldKey) => ErrorCode | null;
  /** The codes' messages (passed by the page), for the fields to show. */
  messages: ErrorMessages;
  /** Change the state; the link notices of `keys` are settled by the change. */
  update: (change: (s: ClaimState) => ClaimState, keys: readonly FieldKey[]) => void;
  /** The user has left an input: its error may show. */
  done: (key: FieldKey) => void;
  /** Move the keyboard focus to an element once the next render is on screen. */
  focusLater: (id: string) => void;
}

/** A copy of a list with one item changed. */
export function withRow<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** The props that tie a text input to a top-level field of the state. */
export function bind(
  api: FormApi,
  key:
    'debt' | 'due' | 'arose' | 'to' | 'penalty' | 'cap' | 'claimSent' | 'orderFiled' | 'orderCancelled' | 'suitFiled',
) {
  return {
    name: key,
    value: api.state[key],
    error: api.errorOf(key),
    messages: api.messages,
    disabled: !api.ready,
    onValue: (v: string) => api.update((s) => ({ ...s, [key]: v }), [key]),
    onDone: () => api.done(key),
  };
}

/** The lists of rows in the state. */
export type RowListKey = 'invoices' | 'payments' | 'rates';

/** The short name of a list in field keys and ids: 'inv', 'pay', 'rate'. */
export const rowPrefix = (list: RowListKey): 'inv' | 'pay' | 'rate' =>
  list === 'invoices' ? 'inv' : list === 'payments' ? 'pay' : 'rate';

/** The props that tie a text input to one field of a row ('inv', 'pay' or 'rate'). */
export function bindRow<L extends RowListKey>(
  api: FormApi,
  list: L,
  index: number,
  field: keyof ClaimState[L][number] & string,
) {
  const key = `${rowPrefix(list)}.${index}.${field}`;
  const rows = api.state[list] as unknown as Record<string, string>[];
  return {
    name: key,
    value: rows[index]?.[field] ?? '',
    error: api.errorOf(key),
    warning: api.warningOf(key),
    messages: api.messages,
    disabled: !api.ready,
    onValue: (v: string) =>
      api.update((s) => ({ ...s, [list]: withRow(s[list] as unknown as object[], index, { [field]: v }) }), [key]),
    onDone: () => api.done(key),
  };
}
