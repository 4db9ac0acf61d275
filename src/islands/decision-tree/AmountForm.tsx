/** On an amount question: the exact debt, read by the money module; the tree picks the answer whose range holds it. */
import { useState } from 'preact/hooks';
import type { Tree, TreeQuestion } from '../../lib/decision-tree/engine';
import { readTypedAmount } from '../../lib/decision-tree/input-check';
import { amountTarget, type View } from '../../lib/decision-tree/view';
import type { TreeMessages } from '../../lib/decision-tree/messages';
import { formatField, type MoneyError } from '../../lib/money/kopecks';

interface Props {
  tree: Tree;
  view: View;
  question: TreeQuestion;
  m: TreeMessages;
  navigate: (url: string, node: string) => void;
}

/** The form under the answers: a typed amount, or the reason it cannot be used, next to the field. */
export function AmountForm({ tree, view, question, m, navigate }: Props) {
  const [error, setError] = useState<MoneyError | null>(null);
  const onSubmit = (e: Event): void => {
    e.preventDefault();
    const field = (e.currentTarget as HTMLFormElement).elements.namedItem('sum') as HTMLInputElement;
    const amount = readTypedAmount(question, field.value);
    if (!amount.ok) return setError(amount.error);
    setError(null);
    const to = amountTarget(tree, view, question, amount.answer.id, amount.kopecks);
    navigate(to.href, to.node);
  };
  return (
    <form class="dt-amount" onSubmit={onSubmit} noValidate>
      <label for="dt-amount">{m.amountLabel}</label>
      <p class="dt-hint" id="dt-amount-hint">
        {m.amountHint}
      </p>
      <div class="plan-calc__row">
        <input
          id="dt-amount"
          name="sum"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={view.sum ? formatField(view.sum) : ''}
          aria-describedby={error ? 'dt-amount-hint dt-amount-error' : 'dt-amount-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        <button class="button" type="submit">
          {m.amountSubmit}
        </button>
      </div>
      {error && (
        <p class="dt-error" id="dt-amount-error" role="alert" data-error={error}>
          {m.amountErrors[error]}
        </p>
      )}
    </form>
  );
}
