/** The claim calculator island: holds the form state, keeps it in the URL, computes as the user types. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import {
  defaultState,
  fromSearchParams,
  toSearchParams,
  type ClaimState,
  type FieldKey,
} from '../../lib/claim/url-state';
import { checkClaim } from '../../lib/claim/input-check';
import { isoFromDay, localToday } from '../../lib/date/day';
import { WAITING_TEXT, type ErrorCode, type ErrorMessages, type FormHints } from '../../lib/claim/messages';
import { openingAddressQuery, useUrlQuery } from '../shared/use-url-query';
import { useOnDemand } from '../shared/load';
import type { FormApi } from './form-api';
import { DebtSection } from './DebtSection';
import { PaymentsSection } from './PaymentsSection';
import { SettingsSection } from './SettingsSection';
import { RatesSection } from './RatesSection';
import type { ResultPanelProps } from './ResultPanel';
import { LinkNotice } from './LinkNotice';
import { CaseSlot, openingQuery } from '../shared/case-link';

/** The server-rendered shell: no clock, no URL, so the first browser render matches it. */
const SHELL = defaultState('');

/** Whether a key belongs to a row list ('pay' covers 'pay.0.date'). */
const under = (key: FieldKey, prefix: FieldKey) => key === prefix || key.startsWith(`${prefix}.`);

interface Props {
  /** The note above the user's own key rates (src/lib/claim/rate-note.ts), built with the page. */
  rateNote: string;
  /** The form's longer hints (messages.ts FORM_HINTS), built with the page: the text is in the HTML. */
  hints: FormHints;
  /** The fields' error messages (messages.ts ERROR_MESSAGES), built with the page for the same reason. */
  messages: ErrorMessages;
}

/** The claim calculator. */
export default function ClaimCalculator({ rateNote, hints, messages }: Props) {
  const [today, setToday] = useState<string | null>(null);
  const [state, setState] = useState<ClaimState>(SHELL);
  const [touched, setTouched] = useState<ReadonlySet<FieldKey>>(() => new Set());
  /** What the link held that could not be used as is, by input; cleared when the user changes the input. */
  const [notices, setNotices] = useState<Record<FieldKey, ErrorCode>>({});
  const [focusId, setFocusId] = useState<string | null>(null);
  /** The inputs whose link value could not be used when the page opened, for the notice above the form. */
  const [linkKeys, setLinkKeys] = useState<readonly FieldKey[]>([]);
  const [fromPlan, setFromPlan] = useState(false);

  useEffect(() => {
    const day = isoFromDay(localToday(new Date()));
    // Opened plainly, the tool shows the current case's last calculation.
    void openingQuery('claim', openingAddressQuery()).then((opening) => {
      const read = fromSearchParams(new URLSearchParams(opening), day);
      setToday(day);
      setState(read.state);
      setTouched(new Set(read.fromUrl));
      setNotices(read.problems);
      setFromPlan(read.fromPlan);
      const bad = checkClaim(read.state, day).errors;
      setLinkKeys([...new Set([...Object.keys(read.problems), ...read.fromUrl.filter((k) => bad[k])])]);
    });
  }, []);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, state]);

  const query = today ? toSearchParams(state).toString() : '';
  useUrlQuery(query, today !== null);

  const checked = useMemo(() => checkClaim(state, today ?? '2000-01-01'), [state, today]);
  /** The result's code, fetched once there is a calculation to show (it is not needed to fill the form). */
  const [Panel, failed] = useOnDemand<FunctionComponent<ResultPanelProps>>(
    checked.input ? 'result' : null,
    () => import('./ResultPanel').then((m) => m.ResultPanel),
    'расчёт',
  );

  const api: FormApi = {
    state,
    ready: today !== null,
    fromPlan,
    errorOf: (key) => {
      const e = checked.errors[key];
      if (e && touched.has(key)) return e;
      return notices[key] ?? null;
    },
    warningOf: (key) => checked.warnings[key] ?? null,
    messages,
    update: (change, keys) => {
      setState(change);
      if (keys.some((k) => Object.keys(notices).some((n) => under(n, k))))
        setNotices((n) => Object.fromEntries(Object.entries(n).filter(([k]) => !keys.some((x) => under(k, x)))));
      // A removed row shifts the rows after it: their errors show again only once they are left.
      const lists = keys.filter((k) => !k.includes('.'));
      if (lists.length) setTouched((t) => new Set([...t].filter((k) => !lists.some((l) => under(k, l) && k !== l))));
    },
    done: (key) => window.setTimeout(() => setTouched((t) => (t.has(key) ? t : new Set([...t, key]))), 250),
    focusLater: setFocusId,
  };

  return (
    <div class="claim" data-ready={today ? 'true' : undefined}>
      <CaseSlot part="claim" query={query} ready={today !== null} usable={checked.input !== null} />
      <LinkNotice
        keys={linkKeys}
        problemOf={(key) => notices[key] ?? checked.errors[key] ?? null}
        messages={messages}
      />
      <form class="claim-form" onSubmit={(e) => e.preventDefault()} aria-label="Данные для расчёта">
        <DebtSection api={api} hints={hints} />
        <PaymentsSection api={api} hints={hints} />
        <SettingsSection api={api} hints={hints} />
        {state.kind === '395' && <RatesSection api={api} note={rateNote} />}
      </form>
      {checked.input && today && Panel ? (
        <Panel input={checked.input} today={today} query={query} />
      ) : (
        (failed ?? (
          <p class="claim-waiting" data-result="waiting">
            {today && !checked.input ? WAITING_TEXT : ''}
          </p>
        ))
      )}
    </div>
  );
}
