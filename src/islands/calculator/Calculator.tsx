/** The payment-plan calculator island: holds the form state, keeps it in the URL, shows the chosen tool. */
import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  defaultState,
  fromSearchParams,
  toSearchParams,
  type CalcState,
  type Field,
  type Mode,
} from '../../lib/calculator/url-state';
import { readDiscount, readInstallments } from '../../lib/calculator/input-check';
import { dayFromInput, isoFromDay, localToday, utcDate } from '../../lib/date/day';
import type { ErrorCode, FieldMessages } from '../../lib/calculator/messages';
import { InstallmentsTool } from './InstallmentsTool';
import type { ToolProps } from './tool-props';
import type { DiscountInput } from '../../lib/calculator/discount';
import { openingAddressQuery, useUrlQuery } from '../shared/use-url-query';
import { CaseSlot, openingQuery } from '../shared/case-link';
import { useOnDemand } from '../shared/load';

const MODE_LABELS: readonly (readonly [Mode, string])[] = [
  ['installments', 'Рассрочка'],
  ['discount', 'Скидка за быструю оплату'],
];

function initial(today: Date, opening: string) {
  const read = fromSearchParams(new URLSearchParams(opening), today);
  const start = dayFromInput(read.state.start);
  if (start !== null) read.state.start = isoFromDay(start);
  return read;
}

/** The day and state of the server-rendered shell: no clock, no URL, so the first browser render matches it. */
const SHELL_DAY = new Date(Date.UTC(2000, 0, 1));
const SHELL_STATE: CalcState = { ...defaultState(SHELL_DAY), start: '' };

/**
 * The calculator. Rendered on the server as a disabled shell; in the browser it reads the URL and the date.
 * `agreementHref`: the documents page's installment agreement (from routes, passed by the page); `messages`: the
 * fields' error texts (messages.ts), passed by the page so they are not in the island's script.
 */
export default function Calculator({ agreementHref, messages }: { agreementHref: string; messages: FieldMessages }) {
  const [today, setToday] = useState<Date | null>(null);
  const [state, setState] = useState<CalcState>(SHELL_STATE);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(() => new Set());
  /** What the URL gave that could not be used as is, by field; cleared when the user changes the field. */
  const [notices, setNotices] = useState<Partial<Record<Field, ErrorCode>>>({});

  useEffect(() => {
    const day = utcDate(localToday(new Date()));
    // Opened plainly, the tool shows the current case's last plan.
    void openingQuery('plan', openingAddressQuery()).then((opening) => {
      const read = initial(day, opening);
      setToday(day);
      setState(read.state);
      setTouched(new Set(read.fromUrl));
      setNotices({
        ...Object.fromEntries(read.unknownOption.map((f) => [f, f === 'mode' ? 'unknown-mode' : 'unknown-option'])),
        ...read.conflicts,
      });
    });
  }, []);

  const day = today ?? SHELL_DAY;
  const query = today ? toSearchParams(state, today).toString() : '';
  const link = today ? `${window.location.origin}${window.location.pathname}?${query}` : '';

  useUrlQuery(query, today !== null);

  // The one check per change; the tool shows its result and the root decides which errors show.
  const checked = useMemo(
    () =>
      state.mode === 'installments'
        ? ({ mode: 'installments', ...readInstallments(state, day) } as const)
        : ({ mode: 'discount', ...readDiscount(state, day) } as const),
    [state, day],
  );
  const errors = checked.errors;
  // Once an amount is typed, whatever blocks the result shows at once, on its field (not only after «Рассчитать»).
  const started = state.amount.trim() !== '';

  const props: Omit<ToolProps<unknown>, 'checked'> = {
    state,
    today: day,
    ready: today !== null,
    link,
    agreementHref,
    messages,
    errorOf: (field) => {
      const e = errors[field];
      if (e && (started || touched.has(field))) return e;
      return notices[field] ?? null;
    },
    set: (field, value) => {
      setState((s) => ({ ...s, [field]: value }));
      // A unit switch settles its value's ₽/% conflict too.
      const cleared = field === 'downUnit' ? 'down' : field === 'discountUnit' ? 'discount' : field;
      if (notices[cleared])
        setNotices((n) => {
          const next = { ...n };
          delete next[cleared];
          return next;
        });
    },
    done: (field) => {
      setTimeout(() => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))), 250);
    },
    reveal: (fields) => setTouched((t) => new Set([...t, ...fields])),
  };

  // The discount tool (and its key-rate table and notes) loads when it is first shown: most visitors come for
  // the instalment schedule, and the page's first load stays within its budget.
  const discount = checked.mode === 'discount';
  const [Discount, failed] = useOnDemand<FunctionComponent<ToolProps<DiscountInput>>>(
    discount ? 'discount' : null,
    () => import('./DiscountTool').then((m) => m.DiscountTool),
    'расчёт скидки',
  );

  return (
    <div class="calc" data-ready={today && (!discount || Discount) ? 'true' : undefined}>
      <CaseSlot part="plan" query={query} ready={today !== null} usable={started && Object.keys(errors).length === 0} />
      {notices.mode && (
        <p class="calc-error calc-notice" data-notice={notices.mode}>
          {messages.errors[notices.mode]}
        </p>
      )}
      <fieldset class="calc-modes no-print" disabled={!today}>
        <legend>Что посчитать</legend>
        {MODE_LABELS.map(([mode, label]) => (
          <label class="calc-mode" key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={state.mode === mode}
              onChange={() => props.set('mode', mode)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {!discount ? (
        <InstallmentsTool {...props} checked={checked} />
      ) : Discount ? (
        <Discount {...props} checked={checked} />
      ) : (
        (failed ?? (
          <p class="calc-loading" role="status">
            Загружаем расчёт скидки…
          </p>
        ))
      )}
    </div>
  );
}
