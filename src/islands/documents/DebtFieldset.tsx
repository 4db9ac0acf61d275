/** «Долг»: the contract and documents (typed, kept in the browser) and the debt from the calculators' link (read-only here). */
import { formatDay } from '../../lib/date/day';
import { formatRub } from '../../lib/money/kopecks';
import type { ShownErrors } from '../../lib/documents/input-check';
import type { DebtItem } from '../../lib/documents/catalog';
import type { CaseDetails, DebtFacts, InvoiceFact } from '../../lib/documents/inputs';
import type { StoredDocs } from '../../lib/documents/stored-state';
import type { DetailHints } from '../../lib/documents/field-hints';
import { Input, TextArea } from './fields';
import { ReconLines } from './ReconLines';

interface Props {
  /** What the document asks for, in order (its row in catalog.ts). */
  items: readonly DebtItem[];
  details: CaseDetails;
  recon: StoredDocs['recon'];
  debt: DebtFacts | null;
  /** Where the debt came from, for the line above it. */
  debtSource: 'url' | 'checklist' | null;
  /** The payment calculator's address for this schedule. */
  calculatorHref: string;
  errors: ShownErrors;
  onDetails: (d: CaseDetails) => void;
  onRecon: (r: StoredDocs['recon']) => void;
  /** The invoices' numbers and dates as typed, by the debt's order. */
  invoices: readonly InvoiceFact[];
  onInvoices: (f: InvoiceFact[]) => void;
  /** The hints under the fields (field-hints.ts, passed by the page). */
  hints: DetailHints;
}

function DebtSummary(p: Pick<Props, 'debt' | 'debtSource' | 'invoices' | 'onInvoices' | 'hints'>) {
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
      <p class="doc-hint">
        {p.debtSource === 'checklist' ? 'Из текущего дела в чек-листе:' : 'Из калькулятора по ссылке:'}
      </p>
      <ul>
        {debt.invoices.map((l, i) => (
          <li key={`i${i}`}>
            {formatRub(l.amount)} — срок оплаты {formatDay(l.due)}
            {fact(i, 'no', 'Номер счёта', 'text')}
            {fact(i, 'date', 'Дата счёта', 'date')}
          </li>
        ))}
        {debt.payments.map((p, i) => (
          <li key={`p${i}`}>
            оплачено {formatRub(p.amount)} — {formatDay(p.date)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How the form asks for each field of the case: its label, the kind of input; `wide` for several lines (hints: props). */
const FIELDS: Record<keyof CaseDetails, { label: string; kind?: 'date' | 'digits'; wide?: true }> = {
  contractNo: { label: 'Номер договора' },
  contractDate: { label: 'Дата договора', kind: 'date' },
  subject: { label: 'Предмет договора' },
  documents: { label: 'Счета и акты', wide: true },
  payDays: { label: 'Срок для оплаты по претензии, календарных дней', kind: 'digits' },
  promiseDate: { label: 'Клиент обещает заплатить до', kind: 'date' },
  court: { label: 'Суд' },
  courtAddress: { label: 'Адрес суда' },
  addressee: { label: 'Кому — если нужно написать иначе', wide: true },
};

/** The «Долг» fieldset: the items of the document's row, in order. */
export function DebtFieldset(p: Props) {
  const d = p.details;
  const item = (name: DebtItem) => {
    if (name === 'debt') return <DebtSummary key={name} {...p} />;
    if (name === 'recon') return <ReconLines key={name} recon={p.recon} errors={p.errors} onChange={p.onRecon} />;
    if (name === 'schedule')
      return (
        <p key={name} class="doc-hint">
          График платежей берётся из <a href={p.calculatorHref}>калькулятора рассрочки</a>: посчитайте его там и нажмите
          «Составить соглашение».
        </p>
      );
    const { wide, ...field } = FIELDS[name];
    const bind = {
      path: `details.${name}`,
      value: d[name],
      error: p.errors[`details.${name}`],
      onValue: (v: string) => p.onDetails({ ...d, [name]: v }),
    };
    return wide ? (
      <TextArea key={name} {...bind} label={field.label} hint={p.hints[name]} />
    ) : (
      <Input key={name} {...bind} {...field} hint={p.hints[name]} />
    );
  };
  return (
    <fieldset class="doc-fieldset">
      <legend>Долг</legend>
      {p.items.map(item)}
    </fieldset>
  );
}
