/**
 * The documents page: pick a document, fill in the three fieldsets, see the page as it will print, and
 * download it as .docx, print it or copy its text. Typed details live in this browser (stored-state.ts);
 * the debt and the schedule come from the URL (url-state.ts). The Word writer and the declension load on demand.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { emptyStored } from '../../lib/documents/stored-state';
import { caseDebt } from '../../lib/documents/case-debt';
import { DOC_IDS, DOCS, loadBuilder, type DocId } from '../../lib/documents/catalog';
import { docInput } from '../../lib/documents/doc-input';
import type { DocNote } from '../../lib/documents/notes';
import type { DetailHints } from '../../lib/documents/field-hints';
import type { URL_MESSAGES } from '../../lib/documents/messages';
import type { PageText } from '../../lib/documents/page-text';
import { Actions } from './Actions';
import { DebtFieldset } from './DebtFieldset';
import { DocPreview } from './DocPreview';
import { NoteBox } from './NoteBox';
import { PartyFieldset } from './PartyFieldset';
import { copyToClipboard } from '../shared/clipboard';
import { useDocumentsState } from './use-documents-state';
import { CLAIM_TOOL } from '../../lib/case/key';
import { formatDay, isoFromDay } from '../../lib/date/day';
import { useOnDemand } from '../shared/load';
import { named } from '../../lib/site/load';

const EMPTY = JSON.stringify(emptyStored());

interface Props {
  notes: Record<DocId, DocNote>;
  /** The calculator's address (routes.calculator(), passed by the page so it carries the deploy base). */
  calculatorUrl: string;
  /** The hints under the case's fields (field-hints.ts): in the HTML, not in this island's script. */
  hints: DetailHints;
  /** What a link held that could not be used (messages.ts URL_MESSAGES), passed by the page for the same reason. */
  urlMessages: typeof URL_MESSAGES;
  /** The form's words (page-text.ts PAGE_TEXT), passed by the page for the same reason. */
  text: PageText;
}

/** The two parties' fieldsets: the user, then the client. */
const PARTIES = ['me', 'debtor'] as const;

/** The page's island. Rendered on the server as an empty form; in the browser it reads the URL and the storage. */
export default function DocumentsApp({ notes, calculatorUrl, hints, urlMessages, text }: Props) {
  const state = useDocumentsState();
  const { today, url, doc, data, quick, decline, plan, claim } = state;
  // The checks, the parties' required parts and the personal-data fields load once something is typed.
  // Once something was typed the checks stay (a form emptied by «Удалить мои данные» keeps its fields).
  const [typedOnce, setTypedOnce] = useState(false);
  const typed = typedOnce || JSON.stringify(data) !== EMPTY;
  useEffect(() => {
    if (typed && !typedOnce) setTypedOnce(true);
  }, [typed, typedOnce]);
  // A court paper after the claim letter (its row asks who signs for the creditor) asks fields that come with the checks.
  const court = DOCS[doc].debt.includes('repName');
  const [check, checkFailed] = useOnDemand(
    typed || court ? 'typing' : null,
    () => import('./on-typing'),
    text.load.typing,
  );
  const errors = useMemo(() => (check ? check.formErrors(data) : {}), [check, data]);
  const spec = DOCS[doc];
  // The parts only some documents show load with them: «Претензия отправлена» (once there is a case: a paper made
  // makes one), the reconciliation's lines.
  const [Sent] = useOnDemand(
    spec.sent && state.hasCase ? 'sent' : null,
    () => import('./SentControl').then((m) => m.SentControl),
    text.load.sent,
  );
  const [Recon, reconFailed] = useOnDemand(
    spec.debt.includes('recon') ? 'recon' : null,
    () => import('./ReconLines').then((m) => m.ReconLines),
    text.load.recon,
  );
  const gaps = check?.partyGaps(spec.parties, data);
  const debt = url.debt ?? caseDebt(quick, today);
  const inputOf = (typedData: typeof data) => docInput(doc, { today, data: typedData, debt, claim, plan, decline });
  // The preview follows a paint later, so a key typed into the form shows at once (issue 24), as the calculator's
  // table does: `painted` is the form as it was when last painted (Preact runs effects after paint).
  const [painted, setPainted] = useState(data);
  useEffect(() => setPainted(data), [data]);
  // The state loads each document's builder; when that load fails, this one shows why and tries again.
  const [retried, builderFailed] = useOnDemand(
    state.builders[doc] ? null : doc,
    () => loadBuilder(doc),
    text.load.builder,
  );
  const builder = state.builders[doc] ?? retried;
  const model = useMemo(
    () => (builder ? builder(inputOf(painted)) : null),
    [builder, doc, painted, url, decline, today, quick, plan, claim],
  );
  // The same element while the model is the same, so a key in the form does not re-render the preview.
  const preview = useMemo(
    () =>
      model ? (
        <DocPreview doc={model} Marked={check?.BlankMarks} />
      ) : (
        (builderFailed ?? <p class="doc-page doc-waiting">{text.waiting}</p>)
      ),
    [model, check?.BlankMarks, builderFailed, text],
  );
  const problems = state.planProblem ? [...url.problems, 'bad-schedule' as const] : url.problems;
  const { ready } = state;

  const onDocx = async () => {
    const [{ renderDocx }, { declineDative }, { download }, build] = await named(
      text.load.docx,
      Promise.all([
        import('../../lib/documents/render-docx'),
        import('../../lib/documents/decline'),
        import('../shared/download'),
        builder ?? loadBuilder(doc),
      ]),
    );
    const full = build({ ...inputOf(data), decline: declineDative });
    state.made(doc);
    download(
      `${full.fileName}.docx`,
      await renderDocx(full),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  };
  const onCopy = async (what: 'text' | 'message') =>
    model
      ? copyToClipboard(
          what === 'text' ? (await import('../../lib/documents/render-text')).renderText(model) : (model.message ?? ''),
        )
      : false;

  return (
    <div class="doc-app" data-ready={ready ? '' : undefined}>
      <nav class="doc-picker no-print" aria-label={text.picker} id="doc-step-choose">
        <ul>
          {DOC_IDS.map((id) => (
            <li key={id}>
              <a
                href={`?${state.queryOf(id)}`}
                aria-current={id === doc ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  state.choose(id);
                }}
              >
                {DOCS[id].name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {problems.length > 0 && (
        <div class="doc-notice no-print" role="status">
          {problems.map((p) => (
            <p key={p}>{urlMessages[p]}</p>
          ))}
        </div>
      )}
      {state.caseSlot && (
        <state.caseSlot.Slot part={CLAIM_TOOL} query={state.caseSlot.query} ready={ready} usable={url.debt !== null} />
      )}
      {state.staleTo !== null && url.debt !== null && spec.needs === 'claim-calculation' && (
        <div class="doc-notice no-print" role="status" data-stale-to>
          <p>{text.staleTo.replace('{date}', formatDay(state.staleTo))}</p>
          <button type="button" class="doc-button" onClick={state.recount} data-action="recount">
            {text.recount}
          </button>
        </div>
      )}
      <NoteBox note={notes[doc]} />
      <div class="doc-layout">
        <form
          class="doc-form no-print"
          id="doc-step-fill"
          onSubmit={(e) => e.preventDefault()}
          onFocusIn={state.warm}
          aria-label={text.form}
        >
          {checkFailed}
          <fieldset class="doc-form__all" disabled={!ready}>
            <legend class="visually-hidden">{text.allFields}</legend>
            {PARTIES.map((side) => (
              <PartyFieldset
                key={side}
                prefix={side}
                legend={text[side]}
                party={data[side]}
                errors={errors}
                bank={spec.bank.includes(side)}
                onChange={(party) => state.update({ ...data, [side]: party })}
                asks={gaps?.asks[side]}
                Extra={check?.PersonFields}
                text={text.party}
              />
            ))}
            <DebtFieldset
              items={spec.debt}
              details={data.details}
              recon={data.recon}
              debt={debt}
              debtSource={url.debt ? (state.source === 'case' ? 'case' : 'url') : debt ? 'checklist' : null}
              calculatorHref={url.calculatorQuery ? `${calculatorUrl}?${url.calculatorQuery}` : calculatorUrl}
              errors={errors}
              onDetails={(details) => state.update({ ...data, details })}
              onRecon={(recon) => state.update({ ...data, recon })}
              invoices={data.invoices}
              onInvoices={(invoices) => state.update({ ...data, invoices })}
              debtorKind={data.debtor.kind}
              Court={check?.CourtFields}
              hints={hints}
              text={text.debt}
              Recon={Recon ?? reconFailed}
            />
            <p class="doc-hint">{state.saved ? text.saved : text.notSaved}</p>
            <button
              type="button"
              class="doc-button doc-button--quiet"
              onClick={() => window.confirm(text.forgetAsk) && state.forget()}
              data-action="forget"
            >
              {text.forget}
            </button>
          </fieldset>
        </form>
        <div class="doc-output" id="doc-step-check">
          {gaps && gaps.missing.length > 0 && (
            <p class="doc-notice no-print">{`${text.missing} ${gaps.missing.join('; ')}.`}</p>
          )}
          <Actions onDocx={onDocx} onCopy={onCopy} hasMessage={Boolean(model?.message)} text={text.actions} />
          {spec.sent && ready && Sent && (
            <Sent
              label={spec.sent.label}
              sent={state.stepDate(spec.sent.step)}
              today={isoFromDay(today)}
              onMark={(date) => state.markStep(spec.sent!.step, date)}
            />
          )}
          {model?.warnings && model.warnings.length > 0 && (
            <div class="doc-notice no-print" role="note">
              {model.warnings.map((w) => (
                <p key={w}>{w}</p>
              ))}
            </div>
          )}
          {preview}
          {model?.message && (
            <div class="doc-message no-print">
              <h2>{text.message}</h2>
              <p>{model.message}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
