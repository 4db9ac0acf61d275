import type { VNode } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { addCase, archiveCase, caseRoom, removeCase, selectCase, setStep } from '../../lib/case/actions';
import { newId } from '../../lib/case/backup-file';
import { caseList, onLiveCase } from '../../lib/case/delo';
import type { DeloMessages } from '../../lib/case/delo-messages';
import { STEP_LABELS, caseTimeline, nextStep } from '../../lib/case/next-step';
import { LIMITS, STEP_IDS, emptyState, isIsoDate, type Case, type StepId } from '../../lib/case/stored-state';
import { toolQuery } from '../../lib/case/tool-part';
import { formatIsoNumeric, isoFromDay, localToday } from '../../lib/date/day';
import { fill } from '../../lib/format/fill';
import { formatRub } from '../../lib/money/kopecks';
import type { Snapshot } from '../../lib/case/store';
import { Notices } from '../checklist/Notices';
import { caseStore, changeCase, useCaseSnapshot } from '../shared/use-case';

/** Links the page passes in (with the deploy base). */
interface DeloLinks {
  tree: string;
  claim: string;
  checklist: string;
}

interface Props {
  m: DeloMessages;
  links: DeloLinks;
  /** Each document's name and address on the documents page, by its id. */
  docs: Record<string, { name: string; href: string }>;
}

/** The owed amount on demand: the claim calculator's figures for the case's query, or 'none'. */
type Owed = null | 'loading' | 'none' | { principal: number; interest: number; total: number };

const lib = () => import('./on-demand');

/** «Моё дело»: the shown case at a glance, its steps' dates, and the list of cases. Logic: src/lib/case/. */
/** What the page shows before it has read storage: no case. */
const SHELL: Snapshot = { state: emptyState(), persistence: 'saved', outcome: 'empty', damaged: null };

export default function DeloApp({ m, links, docs }: Props) {
  const live = useCaseSnapshot();
  const [message, setMessage] = useState('');
  // Before the page has read storage (and on the server) it shows what a visitor without a case sees, so the page
  // does not jump when there is none (Lighthouse: layout shift).
  const snap = live ?? SHELL;
  const today = isoFromDay(localToday(new Date()));
  const { current, archived, shown } = caseList(snap.state);
  const full = caseRoom(snap.state) <= 0;
  const hasCases = current.length + archived.length > 0;
  // A case edit re-renders only the parts it changes: the others keep their vnodes, which Preact does not diff
  // (a step's date on a slow phone, issue 24: the list, the notices and the keep section stay as they are).
  const listed = [...current, ...archived].map(([id, c]) => `${id}\t${c.client}\t${c.archived}`).join('\n');
  const shownId = shown?.[0] ?? null;
  const list = useMemo(
    () => <CaseList current={current} archived={archived} shownId={shownId} m={m} full={full} />,
    // `listed` stands for what the list shows of `current` and `archived`.
    [listed, shownId, full, m],
  );
  const notices = useMemo(
    () => <Notices snap={snap} now={[]} phases={[]} m={m.notices} />,
    // Notices shows only these three of the snapshot.
    [snap.persistence, snap.outcome, snap.damaged, m],
  );

  const forget = (): void => {
    if (!window.confirm(m.confirmForget)) return;
    setMessage(caseStore().forget() ? m.forgotten : m.forgetFailed);
  };
  const keep = useMemo(
    () => (
      <section class="delo-keep" aria-labelledby="delo-keep-title">
        <h2 id="delo-keep-title">{m.keepHeading}</h2>
        <p>{m.privacy}</p>
        <p data-safari>{m.safari}</p>
        <p class="delo-actions">
          <button
            type="button"
            class="button"
            data-action="backup"
            disabled={!hasCases}
            onClick={() => void lib().then((x) => x.saveBackup(caseStore().get().state, today))}
          >
            {m.backup}
          </button>
          <a href={links.checklist}>{m.restore}</a>
        </p>
        <p>
          <button type="button" class="button button--danger" data-action="forget" onClick={forget} disabled={!live}>
            {m.forget}
          </button>
        </p>
      </section>
    ),
    [hasCases, !live, today, m, links],
  );

  return (
    <div class="delo" data-ready={live ? '' : undefined}>
      {notices}
      <p role="status" class="delo-message" data-message>
        {message}
      </p>
      {shown ? (
        <CaseView key={shown[0]} id={shown[0]} c={shown[1]} today={today} m={m} links={links} docs={docs} />
      ) : (
        <Empty m={m} links={links} />
      )}
      {list}
      {keep}
    </div>
  );
}

function Empty({ m, links }: { m: DeloMessages; links: DeloLinks }) {
  return (
    <section class="delo-empty" data-empty>
      <p>{m.empty}</p>
      <ul>
        <li>
          <a href={links.tree}>{m.emptyTree}</a>
        </li>
        <li>
          <a href={links.claim}>{m.emptyClaim}</a>
        </li>
        <li>
          <a href={links.checklist}>{m.emptyChecklist}</a>
        </li>
      </ul>
    </section>
  );
}

/** Change case `id` only while it is alive (never a case another tab deleted). */
const onCase = (id: string, change: Parameters<typeof changeCase>[0]): void =>
  changeCase((s, at) => onLiveCase(s, id, (x) => change(x, at)));

function CaseView(props: {
  id: string;
  c: Case;
  today: string;
  m: DeloMessages;
  links: DeloLinks;
  docs: Props['docs'];
}) {
  const { id, c, today, m, links, docs } = props;
  const [owed, setOwed] = useState<Owed>(null);
  const next = nextStep(c, today);
  const name = c.client || m.unnamed;
  const timeline = caseTimeline(c, (doc) => docs[doc]?.name ?? doc);
  // What the buttons read when pressed: this render's case and next step.
  const latest = useRef({ c, next });
  latest.current = { c, next };
  // Each step's date field, kept while its date is the same (a date edit re-renders one field, not thirteen).
  const fields = useRef(new Map<StepId, { date: string; node: VNode }>()).current;

  const count = async (): Promise<void> => {
    setOwed('loading');
    const query = toolQuery(caseStore().get().state, 'claim');
    const figures = query ? await lib().then((x) => x.owedToday(query, today)) : null;
    setOwed(figures ?? 'none');
  };
  // The steps marked and the next one in view; the rest one tap away (thirteen date fields are long on a phone).
  // While the case is open no field leaves its place: a date typed in a folded step stays where the user typed
  // it (a moved field would lose focus), and a step no longer next stays in view. A step that becomes next comes
  // into view.
  const opened = useRef<Set<StepId> | null>(null);
  opened.current ??= new Set(STEP_IDS.filter((s) => !!c.steps[s]?.date));
  if (next.step) opened.current.add(next.step);
  const inView = (s: StepId): boolean => opened.current!.has(s);
  /** Show the saved date again (a date left unfinished, or one the store did not take). */
  const putBack = (input: HTMLInputElement, step: StepId): void => {
    const saved = caseStore().get().state.cases[id]?.steps[step]?.date ?? '';
    if (input.value !== saved) input.value = saved;
  };
  const field = (step: StepId): VNode => {
    const date = c.steps[step]?.date ?? '';
    const kept = fields.get(step);
    if (kept?.date === date) return kept.node;
    const node = (
      <p key={step} class="delo-step" data-step={step}>
        <label for={`delo-step-${step}`}>{STEP_LABELS[step]}</label>
        <input
          id={`delo-step-${step}`}
          type="date"
          min="1970-01-01"
          max="2100-12-31"
          value={date}
          onChange={(e) => {
            const input = e.currentTarget;
            // A year typed digit by digit passes through 0002, 0020, 0202: not a date yet, so nothing is saved and
            // the field keeps what is typed (it used to be put back to the saved date at the first digit).
            if (input.value !== '' && !isIsoDate(input.value)) return;
            onCase(id, (s, at) => setStep(s, id, step, input.value, at));
            // A date the store did not take (read-only data of a newer version) goes back to the saved one: the
            // field's node is kept while the saved date is the same, so no re-render would put it back.
            putBack(input, step);
          }}
          onBlur={(e) => putBack(e.currentTarget, step)}
        />
      </p>
    );
    fields.set(step, { date, node });
    return node;
  };

  const nextView = useMemo(
    () => (
      <section class="delo-next" aria-labelledby="delo-next-title">
        <h3 id="delo-next-title">{m.nextHeading}</h3>
        <p data-next>{next.text}</p>
        {next.date && (
          <p>
            {m.nextDate}:{' '}
            <time dateTime={next.date} data-next-date>
              {formatIsoNumeric(next.date)}
            </time>
          </p>
        )}
        {next.docs.length > 0 && (
          <p>
            {m.docsFor}{' '}
            {next.docs.map((d, i) => (
              <span key={d}>
                {i > 0 && ', '}
                <a href={docs[d]?.href} data-doc={d}>
                  {docs[d]?.name}
                </a>
              </span>
            ))}
          </p>
        )}
        {next.limitation && <p data-limitation>{next.limitation.text}</p>}
      </section>
    ),
    // The section shows these of `next`.
    [next.text, next.date, next.docs.join(), next.limitation?.text, m, docs],
  );

  const owedView = useMemo(
    () => (
      <section class="delo-owed" aria-labelledby="delo-owed-title">
        <h3 id="delo-owed-title">{m.owedHeading}</h3>
        {owed === null || owed === 'loading' ? (
          <button type="button" class="button" data-action="owed" disabled={owed === 'loading'} onClick={count}>
            {owed === 'loading' ? m.owedLoading : m.owedButton}
          </button>
        ) : owed === 'none' ? (
          <p data-owed="none">
            {m.owedNone} <a href={links.claim}>{m.emptyClaim}</a>
          </p>
        ) : (
          <>
            <dl class="delo-owed__figures" data-owed>
              <dt>{m.principal}</dt>
              <dd>{formatRub(owed.principal)}</dd>
              <dt>{m.interest}</dt>
              <dd>{formatRub(owed.interest)}</dd>
              <dt>{m.total}</dt>
              <dd>
                <strong>{formatRub(owed.total)}</strong>
              </dd>
            </dl>
            <p>
              <a href={links.claim}>{m.owedOpen}</a>
            </p>
          </>
        )}
      </section>
    ),
    // `count` reads the case when pressed.
    [owed, today, m, links],
  );

  const timelineView = useMemo(
    () => (
      <section aria-labelledby="delo-timeline-title">
        <h3 id="delo-timeline-title">{m.timelineHeading}</h3>
        {timeline.length === 0 ? (
          <p>{m.timelineEmpty}</p>
        ) : (
          <ol class="delo-timeline" data-timeline>
            {timeline.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <time dateTime={item.date}>{formatIsoNumeric(item.date)}</time> {item.label}
              </li>
            ))}
          </ol>
        )}
      </section>
    ),
    // The list, said as text: each item's kind, id, date and label.
    [timeline.map((i) => `${i.kind}\t${i.id}\t${i.date}\t${i.label}`).join('\n'), m],
  );

  const remove = (): void => {
    if (window.confirm(fill(m.confirmRemove, { name }))) onCase(id, (s, at) => removeCase(s, id, at));
  };
  const actions = useMemo(
    () => (
      <p class="delo-actions">
        <button
          type="button"
          class="button"
          data-action="ics"
          onClick={() => void lib().then((x) => x.saveIcs(id, latest.current.c, latest.current.next, today))}
        >
          {m.calendar}
        </button>
        <button
          type="button"
          class="button"
          data-action="export-case"
          onClick={() => void lib().then((x) => x.saveCase(caseStore().get().state, id, today))}
        >
          {m.exportCase}
        </button>
        <button
          type="button"
          class="button"
          data-action="archive"
          onClick={() => onCase(id, (s, at) => archiveCase(s, id, !c.archived, at))}
        >
          {c.archived ? m.unarchive : m.archive}
        </button>
        <button type="button" class="button button--danger" data-action="remove-case" onClick={remove}>
          {m.remove}
        </button>
      </p>
    ),
    // `remove` names the client; the rest reads the case when pressed.
    [id, c.archived, name, today, m],
  );

  return (
    <article class="delo-case" aria-labelledby="delo-case-title" data-case={id}>
      <h2 id="delo-case-title">
        <span class="delo-case__label">{m.client}: </span>
        <span data-client>{name}</span>
      </h2>
      {nextView}
      {owedView}
      {timelineView}
      <fieldset class="delo-steps" data-steps>
        <legend>{m.stepsHeading}</legend>
        <p class="delo-hint">{m.stepsHint}</p>
        {STEP_IDS.filter(inView).map(field)}
        <details class="delo-more">
          <summary>{m.moreSteps}</summary>
          {STEP_IDS.filter((s) => !inView(s)).map(field)}
        </details>
      </fieldset>
      {actions}
    </article>
  );
}

function CaseList(props: {
  current: [string, Case][];
  archived: [string, Case][];
  shownId: string | null;
  m: DeloMessages;
  /** No room for another case. */
  full: boolean;
}) {
  const { current, archived, shownId, m, full } = props;
  const [client, setClient] = useState('');
  const item = ([id, c]: [string, Case]) => (
    <li key={id} data-case-item={id}>
      <button
        type="button"
        class="delo-case-button"
        aria-current={id === shownId ? 'true' : undefined}
        onClick={() => changeCase((s) => selectCase(s, id))}
      >
        {c.client || m.unnamed}
        {id === shownId && <span class="delo-case-button__shown"> — {m.shown}</span>}
      </button>
    </li>
  );
  return (
    <section class="delo-cases" aria-labelledby="delo-cases-title">
      <h2 id="delo-cases-title">{m.cases}</h2>
      {current.length > 0 && <ul class="delo-case-list">{current.map(item)}</ul>}
      {archived.length > 0 && (
        <details class="delo-archived">
          <summary>
            {m.archived} ({archived.length})
          </summary>
          <ul class="delo-case-list">{archived.map(item)}</ul>
        </details>
      )}
      <form
        class="delo-new"
        onSubmit={(e) => {
          e.preventDefault();
          const name = client.trim();
          changeCase((s, at) => addCase(s, newId(), at, { client: name }));
          setClient('');
        }}
      >
        <label for="delo-new-client">{m.clientLabel}</label>
        <input
          id="delo-new-client"
          type="text"
          autocomplete="off"
          maxLength={LIMITS.client}
          value={client}
          onInput={(e) => setClient(e.currentTarget.value)}
        />
        <button type="submit" class="button" data-action="add-case" disabled={full}>
          {m.addCase}
        </button>
        {full && <p>{fill(m.casesFull, { n: LIMITS.cases })}</p>}
      </form>
    </section>
  );
}
