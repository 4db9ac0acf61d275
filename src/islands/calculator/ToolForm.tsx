/** The frame both calculator tools share: a titled section, the form and its «Рассчитать» button, the spoken summary and the result area. */
import type { ComponentChildren } from 'preact';
import type { Field } from '../../lib/calculator/url-state';
import { submitTo } from './submit';
import type { ToolProps } from './tool-props';

interface Props {
  tool: ToolProps<unknown>;
  /** The section's id prefix: 'calc-inst', 'calc-disc'. */
  id: string;
  /** The section's title (for screen readers) and the form's legend. */
  title: string;
  legend: string;
  /** The fields of this tool, in the order focus goes to the first with an error. */
  fields: readonly Field[];
  /** The form's inputs. */
  children: ComponentChildren;
  /** The result in one sentence, read out when it changes; '' while there is none. */
  summary: string;
  /** What the result area shows (data-result), or null while waiting for usable input. */
  kind: string | null;
  result: ComponentChildren;
  /** The words of the waiting line: what to type first («сумму долга») and what appears («график»). */
  amountWords: string;
  resultWord: string;
}

/** A tool: the form above (or on the left), the result below. */
export function ToolForm(p: Props) {
  const { tool } = p;
  return (
    <section aria-labelledby={`${p.id}-title`}>
      <h2 id={`${p.id}-title`} class="visually-hidden">
        {p.title}
      </h2>
      <form class="no-print" noValidate onSubmit={submitTo(p.fields, tool.checked.errors, tool.reveal)}>
        <fieldset class="calc-form" disabled={!tool.ready}>
          <legend class="visually-hidden">{p.legend}</legend>
          {p.children}
          <button class="button button--primary calc-submit" type="submit">
            Рассчитать
          </button>
        </fieldset>
      </form>
      <p class="visually-hidden" aria-live="polite">
        {p.summary}
      </p>
      <div class="calc-result" tabIndex={-1} data-result={p.kind ?? 'waiting'}>
        {p.kind ? (
          p.result
        ) : (
          <p class="calc-waiting no-print">
            {tool.state.amount.trim() === ''
              ? `Введите ${p.amountWords} — ${p.resultWord} появится здесь.`
              : `Исправьте отмеченные поля — ${p.resultWord} появится здесь.`}
          </p>
        )}
      </div>
    </section>
  );
}
