/** «Долг»: the contract and documents (typed, kept in the browser) and the debt from the calculators' link (read-only here). */
import { formatDay } from '../../lib/date/day';
import { formatRub } from '../../lib/money/kopecks';
import type { ShownErrors } from '../../lib/documents/input-check';
import type { DebtItem } from '../../lib/documents/catalog';
import type { CaseDetails, DebtFacts, InvoiceFact, PartyKind } from '../../lib/documents/inputs';
import type { StoredDocs } from '../../lib/documents/stored-state';
import type { DetailHints } from '../../lib/documents/field-hints';
import type { PageText } from '../../lib/documents/page-text';
import type { CourtField, CourtFields } from './CourtFields';
import { Input, Select, TextArea } from './fields';
import type { ReconLines } from './ReconLines';
import type { VNode } from 'preact';

interface Props {
  /** What the document asks for, in order (its row in catalog.ts). */
  items: readonly DebtItem[];
  details: CaseDetails;
  recon: StoredDocs['recon'];
  debt: DebtFacts | null;
  /** Where the debt came from, for the line above it. */
  debtSource: 'url' | 'case' | 'checklist' | null;
  /** The payment calculator's address for this schedule. */
  calculatorHref: string;
  errors: ShownErrors;
  onDetails: (d: CaseDetails) => void;
  onRecon: (r: StoredDocs['recon']) => void;
  /** The invoices' numbers and dates as typed, by the debt's order. */
  invoices: readonly InvoiceFact[];
  onInvoices: (f: InvoiceFact[]) => void;
  /** The debtor's kind (the bailiffs' requests the law allows depend on it). */
  debtorKind: PartyKind;
  /** The fields of the court papers (CourtFields.tsx), once loaded with the checks (on-typing.ts). */
  Court?: typeof CourtFields | undefined;
  /** The hints under the fields (field-hints.ts, passed by the page). */
  hints: DetailHints;
  /** The fieldset's labels and lines (page-text.ts, passed by the page). */
  text: PageText['debt'];
  /** The reconciliation's lines (loaded for the documents that show them), or the notice that they did not load. */
  Recon: typeof ReconLines | VNode | null | undefined;
}

function DebtSummary(p: Pick<Props, 'debt' | 'debtSource' | 'invoices' | 'onInvoices' | 'hints' | 'text'>) {
  const { debt } = p;
  if (!debt) return <p class="doc-hint">{p.hints.debt}</p>;
  const many = debt.invoices.length > 1;
  // The n-th invoice's number and date, typed here and kept in this browser (the link carries none).
  const fact = (i: number, key: keyof InvoiceFact, label: string, kind: 'text' | 'date') => {
    const facts = debt.invoices.map((_, k) => p.invoices[k] ?? { no: '', date: '' });
    return (
      <Input
        path={`invoices.${i}.${key}`}
        label={many ? `${label} ${i + 1}` : label}
        kind={kind}
        value={facts[i]![key]}
        onValue={(v) => p.onInvoices(facts.map((f, k) => (k === i ? { ...f, [key]: v } : f)))}
      />
    );
  };
  return (
    <div class="doc-debt" data-debt>
      <p class="doc-hint">{p.text.from[p.debtSource ?? 'url']}</p>
      <ul>
        {debt.invoices.map((l, i) => (
          <li key={`i${i}`}>
            {`${formatRub(l.amount)} — ${p.text.due} ${formatDay(l.due)}`}
            {fact(i, 'no', p.text.invoiceNo, 'text')}
            {fact(i, 'date', p.text.invoiceDate, 'date')}
          </li>
        ))}
        {debt.payments.map((pay, i) => (
          <li key={`p${i}`}>{`${p.text.paid} ${formatRub(pay.amount)} — ${formatDay(pay.date)}`}</li>
        ))}
      </ul>
    </div>
  );
}

/** A field of the case the form asks in this module: the contract's and the letters'. */
type BaseField = Exclude<keyof CaseDetails, CourtField>;

/**
 * How the form asks for each field of the case. The fields of the suit and the papers after the judgment are
 * CourtFields.tsx's, loaded when a document asks for one (the page's first load does not carry them).
 */
/** How a field of the case is asked: its label, the kind of input, a hint (else the page's); `wide` for several lines. */
export interface FieldSpec {
  label: string;
  kind?: 'date' | 'digits';
  hint?: string;
  wide?: true;
}

/** This module's fields: the kind of input (their labels are the page's, page-text.ts). */
const FIELDS: Record<BaseField, Omit<FieldSpec, 'label'>> = {
  contractNo: {},
  contractDate: { kind: 'date' },
  subject: {},
  documents: { wide: true },
  payDays: { kind: 'digits' },
  promiseDate: { kind: 'date' },
  court: {},
  courtAddress: {},
  addressee: { wide: true },
};

/** The «Долг» fieldset: the items of the document's row, in order. */
export function DebtFieldset(p: Props) {
  const d = p.details;
  /** One field of the case as a text or date input, or a text area. */
  const field = (name: keyof CaseDetails, spec: FieldSpec) => {
    const { wide, ...rest } = { ...spec, hint: spec.hint ?? p.hints[name as DebtItem] };
    const bind = {
      path: `details.${name}`,
      value: d[name],
      error: p.errors[`details.${name}`],
      onValue: (v: string) => p.onDetails({ ...d, [name]: v }),
    };
    return wide ? (
      <TextArea key={name} {...bind} label={rest.label} hint={rest.hint} />
    ) : (
      <Input key={name} {...bind} {...rest} />
    );
  };
  const item = (name: DebtItem) => {
    if (name === 'debt') return <DebtSummary key={name} {...p} />;
    if (name === 'recon')
      return typeof p.Recon === 'function' ? (
        <p.Recon key={name} recon={p.recon} errors={p.errors} onChange={p.onRecon} />
      ) : (
        (p.Recon ?? null)
      );
    if (name === 'schedule')
      return (
        <p key={name} class="doc-hint">
          {p.text.schedule[0]}
          <a href={p.calculatorHref}>{p.text.schedule[1]}</a>
          {p.text.schedule[2]}
        </p>
      );
    if (name in FIELDS) return field(name, { label: p.text.labels[name as BaseField], ...FIELDS[name as BaseField] });
    return p.Court ? (
      <p.Court
        key={name}
        name={name as CourtField}
        details={d}
        debt={p.debt}
        debtorKind={p.debtorKind}
        onDetails={p.onDetails}
        field={field}
        Select={Select}
      />
    ) : null;
  };
  return (
    <fieldset class="doc-fieldset">
      <legend>{p.text.legend}</legend>
      {p.items.map(item)}
    </fieldset>
  );
}
