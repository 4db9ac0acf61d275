/** «Долг»: the contract and documents (typed, kept in the browser) and the debt from the calculators' link (read-only here). */
import { formatDay } from '../../lib/date/day';
import { formatRub } from '../../lib/money/kopecks';
import type { ShownErrors } from '../../lib/documents/input-check';
import type { DebtItem } from '../../lib/documents/catalog';
import type { CaseDetails, DebtFacts, InvoiceFact } from '../../lib/documents/inputs';
import type { StoredDocs } from '../../lib/documents/stored-state';
import { Input, Select, TextArea } from './fields';
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
  /** Whether the application to the bailiffs may ask to restrict the debtor's travel abroad. */
  travelBan: boolean;
}

function DebtSummary(p: Pick<Props, 'debt' | 'debtSource' | 'invoices' | 'onInvoices'>) {
  const { debt } = p;
  if (!debt)
    return (
      <p class="doc-hint">
        Сумма и сроки приходят из калькулятора по ссылке. Пока их нет, в документе будут пропуски для ручного
        заполнения.
      </p>
    );
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

/** The fields asked as a choice: a select (`writKind`) and the checkboxes of the application to the bailiffs. */
const CHOICES = ['writKind', 'fsspArrest', 'fsspTravel'] as const;
type Choice = (typeof CHOICES)[number];
const isChoice = (name: string): name is Choice => (CHOICES as readonly string[]).includes(name);

/** How the form asks for each field of the case: its label, the kind of input, a hint; `wide` for several lines. */
const FIELDS: Record<
  Exclude<keyof CaseDetails, Choice>,
  { label: string; kind?: 'date' | 'digits'; hint?: string; wide?: true }
> = {
  contractNo: { label: 'Номер договора' },
  contractDate: { label: 'Дата договора', kind: 'date' },
  subject: {
    label: 'Предмет договора',
    hint: 'Как продолжение фразы «договор на…»: оказание услуг по разработке сайта.',
  },
  documents: { label: 'Счета и акты', hint: 'По одному в строке: акт № 15 от 05.10.2026.', wide: true },
  payDays: { label: 'Срок для оплаты по претензии, календарных дней', kind: 'digits' },
  promiseDate: { label: 'Клиент обещает заплатить до', kind: 'date' },
  court: {
    label: 'Суд',
    hint: 'Арбитражный суд города Москвы — или для мирового судьи: судебного участка № 5 Басманного района г. Москвы.',
  },
  courtAddress: { label: 'Адрес суда' },
  caseNo: { label: 'Номер дела', hint: 'Как в решении суда: А56-12345/2026 или 2-1234/2026.' },
  judgmentDate: { label: 'Дата решения суда', kind: 'date' },
  judgmentInForce: { label: 'Дата вступления решения в силу', kind: 'date' },
  writNo: { label: 'Серия и номер листа или номер приказа' },
  writDate: { label: 'Дата выдачи листа или приказа', kind: 'date' },
  bailiffs: {
    label: 'Отделение судебных приставов',
    hint: 'Название и адрес отделения ФССП по месту жительства или нахождения должника либо его имущества.',
    wide: true,
  },
  orderCancelled: { label: 'Дата отмены судебного приказа', kind: 'date', hint: 'Если приказ выдавали и отменили.' },
  orderDuty: {
    label: 'Пошлина, уплаченная за приказ, ₽',
    hint: 'Из документа об уплате. Пусто — посчитаем по цене иска.',
  },
  repName: { label: 'Представитель по доверенности (ФИО)', hint: 'Если подписывает не руководитель и не вы сами.' },
  repPoa: { label: 'Доверенность: номер и дата', hint: 'Например: № 5 от 01.12.2026.' },
  addressee: {
    label: 'Кому — если нужно написать иначе',
    hint: 'Строки шапки в дательном падеже, например: Генеральному директору / ООО «Ромашка» / Иванову И. И. Пусто — составим сами.',
    wide: true,
  },
};

/** What is presented for enforcement. */
const WRIT_KINDS = [
  ['', 'Выберите'],
  ['writ', 'Исполнительный лист'],
  ['order', 'Судебный приказ'],
] as const;

/** A checkbox of the case (stored as «yes» or empty). */
function Check(p: { name: Choice; label: string; value: string; onValue: (v: string) => void }) {
  const id = `doc-details-${p.name}`;
  return (
    <div class="doc-field doc-field--check">
      <input
        type="checkbox"
        id={id}
        name={`details.${p.name}`}
        checked={p.value === 'yes'}
        onChange={(e) => p.onValue(e.currentTarget.checked ? 'yes' : '')}
      />
      <label for={id}>{p.label}</label>
    </div>
  );
}

/** The «Долг» fieldset: the items of the document's row, in order. */
export function DebtFieldset(p: Props) {
  const d = p.details;
  const choice = (name: Choice) => {
    const onValue = (v: string) => p.onDetails({ ...d, [name]: v });
    if (name === 'writKind')
      return (
        <Select
          key={name}
          path="details.writKind"
          label="Что предъявляете"
          value={d.writKind === 'writ' || d.writKind === 'order' ? d.writKind : ''}
          options={WRIT_KINDS}
          onValue={onValue}
        />
      );
    if (name === 'fsspArrest')
      return (
        <Check key={name} name={name} label="Просить арест имущества должника" value={d.fsspArrest} onValue={onValue} />
      );
    return p.travelBan ? (
      <Check
        key={name}
        name={name}
        label="Просить ограничить выезд должника за границу"
        value={d.fsspTravel}
        onValue={onValue}
      />
    ) : null;
  };
  const item = (name: DebtItem) => {
    if (isChoice(name)) return choice(name);
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
      <TextArea key={name} {...bind} label={field.label} hint={field.hint} />
    ) : (
      <Input key={name} {...bind} {...field} />
    );
  };
  return (
    <fieldset class="doc-fieldset">
      <legend>Долг</legend>
      {p.items.map(item)}
    </fieldset>
  );
}
