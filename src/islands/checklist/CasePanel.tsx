import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { activeCase, addCase, caseRoom, liveCases, removeCase, selectCase, updateCase } from '../../lib/case/actions';
import { formatField, formatRub, type MoneyError } from '../../lib/money/kopecks';
import { newId } from '../../lib/case/backup-file';
import { formatIsoNumeric } from '../../lib/date/day';
import { fill } from '../../lib/format/fill';
import { dateProblem, readCaseAmount } from '../../lib/checklist/input-check';
import { LIMITS } from '../../lib/case/stored-state';
import type { Ctx } from './ctx';

/** The list of cases (one click to switch), a button for a new one, and the active case's details. */
export function CasePanel({ ctx }: { ctx: Ctx }) {
  const { m } = ctx;
  const cases = liveCases(ctx.snap.state);
  const [caseId, c] = activeCase(ctx.snap.state) ?? [null, null];
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<MoneyError | null>(null);
  const [dueError, setDueError] = useState(false);
  // The due date as typed: a year typed digit by digit passes through 0002, 0020, 0202, which are not saved, and
  // the field must keep them (drawn from the saved date, it was emptied at the first digit).
  const [due, setDue] = useState('');
  useLayoutEffect(() => setDue(c?.dueDate ?? ''), [caseId, c?.dueDate]);
  const shownCase = useRef<string | null>(null);
  // A layout effect, so the fields are reset as the other case is drawn: never after the user has typed into it.
  useLayoutEffect(() => {
    // The first edit of a visit makes the case: an amount typed meanwhile (not yet saved) stays in its field.
    const made = shownCase.current === null && caseId !== null && c?.amount == null;
    shownCase.current = caseId;
    if (made) return;
    setAmount(c?.amount == null ? '' : formatField(c.amount));
    setAmountError(null);
    setDueError(false);
  }, [caseId, c?.amount]);

  const [limitError, setLimitError] = useState('');
  const create = (): void => {
    if (caseRoom(ctx.snap.state) <= 0) return setLimitError(fill(m.tooManyCases, { n: LIMITS.cases }));
    setLimitError('');
    ctx.store.update((s, at) => addCase(s, newId(), at));
    ctx.announce(m.caseCreated);
    document.getElementById('cl-client')?.focus();
  };
  const remove = (): void => {
    if (caseId && window.confirm(fill(m.confirmRemoveCase, { name: c?.client || m.unnamed }))) {
      ctx.store.update((s, at) => removeCase(s, caseId, at));
      ctx.announce(m.caseRemoved);
      document.getElementById('cl-cases-title')?.focus();
    }
  };
  const saveAmount = (): void => {
    const read = readCaseAmount(amount);
    setAmountError(read.ok ? null : read.error);
    if (read.ok) ctx.act((s, id, at) => updateCase(s, id, at, { amount: read.value }));
  };
  // Leaving the page while an amount is typed (the field saves on `change`, which leaving does not fire): keep it
  // when it can be used. A ref, so the listener sees the last keys.
  const leave = useRef(() => {});
  leave.current = () => {
    const read = readCaseAmount(amount);
    if (read.ok && read.value !== (c?.amount ?? null))
      ctx.act((s, id, at) => updateCase(s, id, at, { amount: read.value }));
  };
  useEffect(() => {
    const onHide = () => leave.current();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);
  const summary = `${c?.client || m.unnamed}${c?.amount != null ? `, ${formatRub(c.amount)}` : ''}${c?.dueDate ? fill(m.duePrint, { date: formatIsoNumeric(c.dueDate) }) : ''}`;

  return (
    <section class="cl-cases" aria-labelledby="cl-cases-title">
      <h2 id="cl-cases-title" tabIndex={-1}>
        {m.caseTitle}
      </h2>
      {cases.length > 1 && (
        <ul class="cl-case-list no-print" aria-label={m.caseList}>
          {cases.map(([id, item]) => (
            <li key={id}>
              <button
                type="button"
                class="cl-case-button"
                aria-pressed={id === caseId}
                onClick={() => ctx.store.update((s) => selectCase(s, id))}
              >
                {item.client || m.unnamed}
                {item.amount !== null && <span class="cl-case-button__sum">{formatRub(item.amount)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="cl-print-only">{summary}</p>
      <div class="cl-case-fields no-print">
        <p class="cl-field">
          <label for="cl-client">{m.client}</label>
          <input
            id="cl-client"
            type="text"
            maxLength={LIMITS.client}
            autocomplete="off"
            value={c?.client ?? ''}
            onInput={(e) => {
              const client = e.currentTarget.value;
              ctx.act((s, id, at) => updateCase(s, id, at, { client }));
            }}
          />
        </p>
        <p class="cl-field">
          <label for="cl-amount">{m.amount}</label>
          <input
            id="cl-amount"
            type="text"
            inputMode="decimal"
            autocomplete="off"
            value={amount}
            aria-invalid={!!amountError}
            aria-describedby={amountError ? 'cl-amount-error' : undefined}
            onInput={(e) => setAmount(e.currentTarget.value)}
            onChange={saveAmount}
          />
          {amountError && (
            <span id="cl-amount-error" class="cl-error" data-error={amountError}>
              {ctx.copy.money[amountError]}
            </span>
          )}
        </p>
        <p class="cl-field">
          <label for="cl-due">{m.dueDate}</label>
          <input
            id="cl-due"
            type="date"
            value={due}
            aria-invalid={dueError}
            aria-describedby={dueError ? 'cl-due-error' : undefined}
            onInput={(e) => setDue(e.currentTarget.value)}
            onChange={(e) => {
              const dueDate = e.currentTarget.value;
              const bad = !!dateProblem(dueDate, true);
              setDueError(bad);
              if (!bad) ctx.act((s, id, at) => updateCase(s, id, at, { dueDate }));
            }}
          />
          {dueError && (
            <span id="cl-due-error" class="cl-error">
              {m.badDate}
            </span>
          )}
        </p>
      </div>
      <p class="cl-actions no-print">
        <button type="button" class="button" onClick={create} data-action="new-case">
          {m.newCase}
        </button>
        {caseId && (
          <button type="button" class="button" onClick={remove} data-action="remove-case">
            {m.removeCase}
          </button>
        )}
      </p>
      {limitError && (
        <p class="cl-error" role="alert">
          {limitError}
        </p>
      )}
    </section>
  );
}
