/** A list of rows the user adds and removes (invoices, payments, key rates), with the focus kept in place. */
import type { ComponentChildren } from 'preact';
import type { ClaimState } from '../../lib/claim/url-state';
import { idOf } from './fields';
import { rowPrefix, type FormApi, type RowListKey } from './form-api';

interface Props<L extends RowListKey> {
  api: FormApi;
  /** Which list of the state the rows are. */
  list: L;
  legend: string;
  hint?: ComponentChildren;
  /** The title of a row, e.g. «Оплата 2». */
  rowTitle: (index: number) => string;
  row: (index: number) => ComponentChildren;
  /** A row's first input, focused after adding. */
  first: keyof ClaimState[L][number] & string;
  /** A new, empty row. */
  blank: ClaimState[L][number];
  addLabel: string;
  /** Removing a row when it changes more than the list (by default the row is taken out). */
  onRemove?: (index: number) => void;
}

/** The list: a fieldset per row with its own «Удалить» button, and «Добавить» under the rows. */
export function RowList<L extends RowListKey>(p: Props<L>) {
  const { api, list } = p;
  const name = rowPrefix(list);
  const addId = `claim-${name}-add`;
  const count = api.state[list].length;
  const firstInput = (i: number) => idOf(`${name}.${i}.${p.first}`);
  const rows = (s: ClaimState) => s[list] as readonly ClaimState[L][number][];
  const remove =
    p.onRemove ?? ((i: number) => api.update((s) => ({ ...s, [list]: rows(s).filter((_, j) => j !== i) }), [name]));
  return (
    <fieldset class="claim-rows" data-rows={name}>
      <legend>{p.legend}</legend>
      {p.hint && <p class="claim-hint">{p.hint}</p>}
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="claim-row" key={i} data-row={i}>
          <legend class="claim-row__title">{p.rowTitle(i)}</legend>
          <div class="claim-row__fields">{p.row(i)}</div>
          <button
            type="button"
            class="button claim-row__remove"
            disabled={!api.ready}
            onClick={() => {
              remove(i);
              api.focusLater(count > 1 ? firstInput(Math.max(0, i - 1)) : addId);
            }}
          >
            Удалить<span class="visually-hidden"> — {p.rowTitle(i).toLowerCase()}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="button claim-rows__add"
        id={addId}
        disabled={!api.ready}
        onClick={() => {
          api.update((s) => ({ ...s, [list]: [...rows(s), p.blank] }), []);
          api.focusLater(firstInput(count));
        }}
      >
        {p.addLabel}
      </button>
    </fieldset>
  );
}
