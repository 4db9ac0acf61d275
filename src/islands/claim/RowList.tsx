/** A list of rows the user adds and removes (invoices, payments, key rates), with the focus kept in place. */
import type { ComponentChildren } from 'preact';
import type { FormApi } from './form-api';

interface Props {
  api: FormApi;
  /** A stable name for ids: 'inv', 'pay', 'rate'. */
  name: string;
  legend: string;
  hint?: ComponentChildren;
  count: number;
  /** The title of a row, e.g. «Оплата 2». */
  rowTitle: (index: number) => string;
  row: (index: number) => ComponentChildren;
  /** The id of a row's first input, to focus after adding. */
  firstInput: (index: number) => string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** The list: a fieldset per row with its own «Удалить» button, and «Добавить» under the rows. */
export function RowList(p: Props) {
  const addId = `claim-${p.name}-add`;
  return (
    <fieldset class="claim-rows" data-rows={p.name}>
      <legend>{p.legend}</legend>
      {p.hint && <p class="claim-hint">{p.hint}</p>}
      {Array.from({ length: p.count }, (_, i) => (
        <fieldset class="claim-row" key={i} data-row={i}>
          <legend class="claim-row__title">{p.rowTitle(i)}</legend>
          <div class="claim-row__fields">{p.row(i)}</div>
          <button
            type="button"
            class="button claim-row__remove"
            disabled={!p.api.ready}
            onClick={() => {
              p.onRemove(i);
              p.api.focusLater(p.count > 1 ? p.firstInput(Math.max(0, i - 1)) : addId);
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
        disabled={!p.api.ready}
        onClick={() => {
          p.onAdd();
          p.api.focusLater(p.firstInput(p.count));
        }}
      >
        {p.addLabel}
      </button>
    </fieldset>
  );
}
