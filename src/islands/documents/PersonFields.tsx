/**
 * A citizen's or an ИП's personal data that a court paper requires (src/lib/legal/party-requirements.ts):
 * date and place of birth, a debtor's place of work, and one identifier with its kind or «неизвестен». Shown
 * inside the party's fieldset for the parts the document asks for; loaded on demand with the rules.
 */
import type { ShownErrors } from '../../lib/documents/input-check';
import type { IdKind, Party } from '../../lib/documents/inputs';
import type { PartyPart } from '../../lib/legal/party-requirements';
import type { Input as InputRow, Select as SelectRow } from './fields';

/** A citizen's identifiers (inputs.ts, ID_KINDS); «неизвестен» only for the client. */
const ID_OPTIONS: readonly (readonly [IdKind, string])[] = [
  ['', 'Не выбран'],
  ['snils', 'СНИЛС'],
  ['inn', 'ИНН (поле выше)'],
  ['passport', 'Паспорт'],
  ['ogrnip', 'ОГРНИП'],
  ['licence', 'Водительское удостоверение'],
  ['vehicle', 'Свидетельство о регистрации ТС'],
  ['unknown', 'Неизвестен — суд запросит сам'],
];

/** The number's label by the identifier's kind, and whether it is digits only. */
const ID_NUMBER: Partial<Record<IdKind, readonly [string, boolean]>> = {
  snils: ['Номер СНИЛС', true],
  passport: ['Серия и номер паспорта', true],
  ogrnip: ['ОГРНИП', true],
  licence: ['Серия и номер удостоверения', false],
  vehicle: ['Серия и номер свидетельства', false],
};

interface Props {
  prefix: 'me' | 'debtor';
  party: Party;
  /** The parts the document requires of this party. */
  asks: readonly PartyPart[];
  errors: ShownErrors;
  /** The form's rows (fields.tsx), passed in so that this chunk shares no module with the first load's. */
  Input: typeof InputRow;
  Select: typeof SelectRow;
  onChange: (party: Party) => void;
}

/** The personal-data fields of one party. */
export function PersonFields({ prefix, party, asks, errors, Input, Select, onChange }: Props) {
  const text = (
    field: 'birthDate' | 'birthPlace' | 'workPlace' | 'idNumber',
    label: string,
    kind: 'text' | 'date' | 'digits' = 'text',
  ) => (
    <Input
      path={`${prefix}.${field}`}
      label={label}
      kind={kind}
      value={party[field]}
      error={errors[`${prefix}.${field}`]}
      onValue={(v) => onChange({ ...party, [field]: v })}
    />
  );
  const number = ID_NUMBER[party.idKind];
  return (
    <>
      {asks.includes('birthDate') && text('birthDate', 'Дата рождения', 'date')}
      {asks.includes('birthPlace') && text('birthPlace', 'Место рождения (как в паспорте)')}
      {asks.includes('workPlace') && text('workPlace', 'Место работы, если известно')}
      {asks.includes('identifier') && (
        <Select
          path={`${prefix}.idKind`}
          label="Документ, по которому суд найдёт человека"
          hint="Достаточно одного: СНИЛС, ИНН, паспорт, ОГРНИП, водительское удостоверение или свидетельство о регистрации ТС."
          value={party.idKind}
          options={prefix === 'me' ? ID_OPTIONS.slice(0, -1) : ID_OPTIONS}
          onValue={(idKind) => onChange({ ...party, idKind })}
        />
      )}
      {asks.includes('identifier') && number && text('idNumber', number[0], number[1] ? 'digits' : 'text')}
    </>
  );
}
