/** The payment-plan calculator island: holds the form state, keeps it in the URL, shows the chosen tool. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  defaultState,
  fromSearchParams,
  toSearchParams,
  type CalcState,
  type Field,
  type Mode,
} from '../../lib/calculator/state';
import { readDiscount, readInstallments, type FieldErrors } from '../../lib/calculator/validate';
import { calendarDay, parseDateInput } from '../../lib/calculator/dates';
import { toIsoDate } from '../../lib/format/date';
import { ERROR_MESSAGES, type ErrorCode } from '../../lib/calculator/messages';
import { InstallmentsTool } from './InstallmentsTool';
import { DiscountTool } from './DiscountTool';

/** What the tools get from the root: the state, the errors to show now, and how to change things. */
export interface ToolProps {
  state: CalcState;
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
}

/** Fields of the state that hold free text (what the user typed). */
export type TextFieldName = { [K in Field]: string extends CalcState[K] ? K : never }[Field];

/** The props that tie a TextField to one field of the calculation: value, error, edits and leaving it. */
export function bindText(p: ToolProps, name: TextFieldName) {
  return {
    name,
    value: p.state[name],
    error: p.errorOf(name),
    onValue: (v: string) => p.set(name, v),
    onDone: () => p.done(name),
  };
}

const MODE_LABELS: readonly (readonly [Mode, string])[] = [
  ['installments', 'Рассрочка'],
  ['discount', 'Скидка за быструю оплату'],
];

function initial(today: Date) {
  const read = fromSearchParams(new URLSearchParams(window.location.search), today);
  const start = parseDateInput(read.state.start);
  if (start) read.state.start = toIsoDate(start);
  return read;
}

/** The day and state of the server-rendered shell: no clock, no URL, so the first browser render matches it. */
const SHELL_DAY = new Date(Date.UTC(2000, 0, 1));
const SHELL_STATE: CalcState = { ...defaultState(SHELL_DAY), start: '' };

/** The calculator. Rendered on the server as a disabled shell; in the browser it reads the URL and the date. */
export default function Calculator() {
  const [today, setToday] = useState<Date | null>(null);
  const [state, setState] = useState<CalcState>(SHELL_STATE);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(() => new Set());
  /** What the URL gave that could not be used as is, by field; cleared when the user changes the field. */
  const [notices, setNotices] = useState<Partial<Record<Field, ErrorCode>>>({});

  useEffect(() => {
    const day = calendarDay(new Date());
    const read = initial(day);
    setToday(day);
    setState(read.state);
    setTouched(new Set(read.fromUrl));
    setNotices({
      ...Object.fromEntries(read.unknownOption.map((f) => [f, f === 'mode' ? 'unknown-mode' : 'unknown-option'])),
      ...read.conflicts,
    });
  }, []);

  const day = today ?? SHELL_DAY;
  const query = today ? toSearchParams(state, today).toString() : '';
  const link = today ? `${window.location.origin}${window.location.pathname}?${query}` : '';

  useEffect(() => {
    if (!today) return;
    // Debounced: browsers throttle rapid history updates while someone types.
    const timer = window.setTimeout(
      () =>
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}?${query}${window.location.hash}`,
        ),
      150,
    );
    return () => window.clearTimeout(timer);
  }, [query, today]);

  const errors: FieldErrors = useMemo(
    () => (state.mode === 'installments' ? readInstallments(state, day).errors : readDiscount(state, day).errors),
    [state, day],
  );

  const props: ToolProps = {
    state,
    today: day,
    ready: today !== null,
    link,
    errorOf: (field) => {
      const e = errors[field];
      if (e && touched.has(field)) return e;
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
      window.setTimeout(() => setTouched((t) => (t.has(field) ? t : new Set([...t, field]))), 250);
    },
    reveal: (fields) => setTouched((t) => new Set([...t, ...fields])),
  };

  return (
    <div class="calc" data-ready={today ? 'true' : undefined}>
      {notices.mode && (
        <p class="calc-error calc-notice" data-notice={notices.mode}>
          {ERROR_MESSAGES[notices.mode]}
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
      {state.mode === 'installments' ? <InstallmentsTool {...props} /> : <DiscountTool {...props} />}
    </div>
  );
}
