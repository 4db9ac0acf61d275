/** The "Рассчитать" button: reveal every error of the form and move focus to the first field that has one. */
import type { Field } from '../../lib/calculator/url-state';
import type { FieldErrors } from '../../lib/calculator/input-check';

/** A submit handler for a tool's form. */
export function submitTo(fields: readonly Field[], errors: FieldErrors, reveal: (fields: readonly Field[]) => void) {
  return (event: Event) => {
    event.preventDefault();
    reveal(fields);
    const first = fields.find((f) => errors[f]);
    if (first) requestAnimationFrame(() => document.getElementById(`calc-${first}`)?.focus());
    else document.querySelector<HTMLElement>('.calc-result')?.focus();
  };
}
