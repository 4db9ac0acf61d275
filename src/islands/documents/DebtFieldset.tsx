/** «Долг»: the contract and documents (typed, kept in the browser) and the debt from the calculators' link (read-only here). */
import { formatDateNumeric } from '../../lib/format/date';
import { formatRub } from '../../lib/money/kopecks';
import type { ShownErrors } from '../../lib/documents/input-check';
import type { CaseDetails, DebtFacts } from '../../lib/documents/inputs';
import type { DocId } from '../../lib/documents/model';
import type { StoredDocs } from '../../lib/documents/stored-state';
import { Input, TextArea } from './fields';
import { ReconLines } from './ReconLines';

interface Props {
  doc: DocId;
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
}

function DebtSummary({ debt, source }: { debt: DebtFacts | null; source: Props['debtSource'] }) {
  if (!debt)
    return (
      <p class="doc-hint">
        Сумма и сроки приходят из калькулятора по ссылке. Пока их нет, в документе будут пропуски для ручного
        заполнения.
      </p>
    );
  return (
    <div class="doc-debt" data-debt>
      <p class="doc-hint">{source === 'checklist' ? 'Из текущего дела в чек-листе:' : 'Из калькулятора по ссылке:'}</p>
      <ul>
        {debt.invoices.map((l, i) => (
          <li key={`i${i}`}>
            {formatRub(l.amount)} — срок оплаты {formatDateNumeric(l.due)}
          </li>
        ))}
        {debt.payments.map((p, i) => (
          <li key={`p${i}`}>
            оплачено {formatRub(p.amount)} — {formatDateNumeric(p.date)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The «Долг» fieldset. */
export function DebtFieldset(p: Props) {
  const d = p.details;
  /** The props that tie an input to one of the details. */
  const bind = (name: keyof CaseDetails) => ({
    path: `details.${name}`,
    value: d[name],
    error: p.errors[`details.${name}`],
    onValue: (v: string) => p.onDetails({ ...d, [name]: v }),
  });
  const field = (name: keyof CaseDetails, label: string, extra: { kind?: 'date' | 'digits'; hint?: string } = {}) => (
    <Input {...bind(name)} label={label} {...extra} />
  );
  const area = (name: keyof CaseDetails, label: string, hint: string) => (
    <TextArea {...bind(name)} label={label} hint={hint} />
  );
  return (
    <fieldset class="doc-fieldset">
      <legend>Долг</legend>
      {field('contractNo', 'Номер договора')}
      {field('contractDate', 'Дата договора', { kind: 'date' })}
      {field('subject', 'Предмет договора', {
        hint: 'Как продолжение фразы «договор на…»: оказание услуг по разработке сайта.',
      })}
      {area('documents', 'Счета и акты', 'По одному в строке: акт № 15 от 05.10.2026.')}
      {p.doc === 'installment' ? (
        <p class="doc-hint">
          График платежей берётся из <a href={p.calculatorHref}>калькулятора рассрочки</a>: посчитайте его там и нажмите
          «Составить соглашение».
        </p>
      ) : (
        <DebtSummary debt={p.debt} source={p.debtSource} />
      )}
      {p.doc === 'claim' && field('payDays', 'Срок для оплаты по претензии, календарных дней', { kind: 'digits' })}
      {p.doc === 'guarantee' && field('promiseDate', 'Клиент обещает заплатить до', { kind: 'date' })}
      {p.doc === 'court-order' &&
        field('court', 'Суд', {
          hint: 'Арбитражный суд города Москвы — или для мирового судьи: судебного участка № 5 Басманного района г. Москвы.',
        })}
      {p.doc === 'court-order' && field('courtAddress', 'Адрес суда')}
      {(p.doc === 'reminder' || p.doc === 'claim') &&
        area(
          'addressee',
          'Кому — если нужно написать иначе',
          'Строки шапки в дательном падеже, например: Генеральному директору / ООО «Ромашка» / Иванову И. И. Пусто — составим сами.',
        )}
      {p.doc === 'reconciliation' && <ReconLines recon={p.recon} errors={p.errors} onChange={p.onRecon} />}
    </fieldset>
  );
}
