/**
 * The fields of the suit and of the papers after the judgment (the court case, the writ, the bailiffs' requests,
 * the representative, a cancelled court order): loaded by the «Долг» fieldset when a document asks for one, so the
 * page's first load does not carry them.
 */
import type { JSX } from 'preact';
import { debtLeft } from '../../lib/documents/common';
import type { CaseDetails, DebtFacts, PartyKind } from '../../lib/documents/inputs';
import { travelBanAllowed } from '../../lib/legal/enforcement';
import type { FieldSpec } from './DebtFieldset';
import type { Select } from './fields';

/** The fields of this module. */
export type CourtField =
  | 'caseNo'
  | 'judgmentDate'
  | 'judgmentInForce'
  | 'writKind'
  | 'writNo'
  | 'writDate'
  | 'bailiffs'
  | 'fsspArrest'
  | 'fsspTravel'
  | 'repName'
  | 'repPoa'
  | 'orderCancelled'
  | 'orderDuty';

/**
 * What a field of this module is given; the «Долг» fieldset's own renderers come as props (importing them would
 * split the page's first-load chunks, as PersonFields.tsx gets its inputs).
 */
export interface CourtFieldsProps {
  name: CourtField;
  details: CaseDetails;
  /** The fieldset's text, date or text-area field for a field of the case. */
  field: (name: keyof CaseDetails, spec: FieldSpec) => JSX.Element;
  Select: typeof Select;
  /** The debt, and the debtor's kind: whether the bailiffs may be asked to restrict travel abroad. */
  debt: DebtFacts | null;
  debtorKind: PartyKind;
  onDetails: (d: CaseDetails) => void;
}

/** The text and date fields, as the «Долг» fieldset asks its own. */
const TEXTS: Record<Exclude<CourtField, 'writKind' | 'fsspArrest' | 'fsspTravel'>, FieldSpec> = {
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
};

/** What is presented for enforcement. */
const WRIT_KINDS = [
  ['', 'Выберите'],
  ['writ', 'Исполнительный лист'],
  ['order', 'Судебный приказ'],
] as const;

/** A checkbox of the case (stored as «yes» or empty). */
function Check(p: { name: CourtField; label: string; value: string; onValue: (v: string) => void }) {
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

/** One field of this module; the travel-ban request only where the law allows it (229-ФЗ ст. 67 ч. 1). */
export function CourtFields(p: CourtFieldsProps) {
  const { name, details: d, Select } = p;
  const onValue = (v: string) => p.onDetails({ ...d, [name]: v });
  if (name === 'writKind')
    return (
      <Select
        path="details.writKind"
        label="Что предъявляете"
        value={d.writKind === 'writ' || d.writKind === 'order' ? d.writKind : ''}
        options={WRIT_KINDS}
        onValue={onValue}
      />
    );
  if (name === 'fsspArrest')
    return <Check name={name} label="Просить арест имущества должника" value={d.fsspArrest} onValue={onValue} />;
  if (name === 'fsspTravel')
    return travelBanAllowed(p.debtorKind, debtLeft(p.debt)) ? (
      <Check name={name} label="Просить ограничить выезд должника за границу" value={d.fsspTravel} onValue={onValue} />
    ) : null;
  return p.field(name, TEXTS[name]);
}
