/** The fieldset of one party: who it is, its requisites, the signer, and bank details where they are needed. */
import type { ShownErrors } from '../../lib/documents/input-check';
import type { Party, PartyKind } from '../../lib/documents/inputs';
import type { PartyPart } from '../../lib/legal/party-requirements';
import type { PersonFields } from './PersonFields';
import { Input, Select } from './fields';

const KINDS: readonly (readonly [PartyKind, string])[] = [
  ['company', 'Организация'],
  ['ip', 'Предприниматель (ИП)'], // short enough for a phone's select (390 px)
  ['person', 'Физическое лицо'],
];

interface Props {
  /** «me» or «debtor». */
  prefix: 'me' | 'debtor';
  legend: string;
  party: Party;
  errors: ShownErrors;
  /** Whether bank details are asked for (the user's own; the client's are rarely needed). */
  bank: boolean;
  onChange: (party: Party) => void;
  /** The parts the document requires of this party, once the rules are loaded. */
  asks?: readonly PartyPart[] | undefined;
  /** The personal-data fields a court paper asks for, once loaded (with the checks, on typing). */
  Extra?: typeof PersonFields | undefined;
}

/** One party's fieldset. */
export function PartyFieldset({ prefix, legend, party, errors, bank, onChange, asks, Extra }: Props) {
  const text = (
    field: Exclude<keyof Party, 'kind' | 'bank'>,
    label: string,
    extra: { kind?: 'digits' | 'email' | 'tel'; hint?: string } = {},
    /** The autofill token (HTML autocomplete) of the user's own field; the client's fields take none. */
    fill?: string,
  ) => (
    <Input
      path={`${prefix}.${field}`}
      label={label}
      value={party[field]}
      error={errors[`${prefix}.${field}`]}
      onValue={(v) => onChange({ ...party, [field]: v })}
      autoComplete={(prefix === 'me' && fill) || 'off'}
      {...extra}
    />
  );
  const bankField = (field: keyof Party['bank'], label: string, digits = true) => (
    <Input
      path={`${prefix}.bank.${field}`}
      label={label}
      kind={digits ? 'digits' : 'text'}
      value={party.bank[field]}
      error={errors[`${prefix}.bank.${field}`]}
      onValue={(v) => onChange({ ...party, bank: { ...party.bank, [field]: v } })}
    />
  );
  return (
    <fieldset class="doc-fieldset">
      <legend>{legend}</legend>
      <Select
        path={`${prefix}.kind`}
        label="Кто"
        value={party.kind}
        options={KINDS}
        onValue={(kind) => onChange({ ...party, kind })}
      />
      {text(
        'name',
        party.kind === 'company'
          ? 'Название (ООО «Ромашка»)'
          : party.kind === 'ip'
            ? 'ИП (ИП Петров Пётр Петрович)'
            : 'Фамилия, имя, отчество',
        {},
        party.kind === 'company' ? 'organization' : 'name',
      )}
      {text('inn', 'ИНН', { kind: 'digits' })}
      {party.kind !== 'person' && text('ogrn', party.kind === 'ip' ? 'ОГРНИП' : 'ОГРН', { kind: 'digits' })}
      {text('address', 'Адрес (для компании и ИП — как в ЕГРЮЛ или ЕГРИП)', {}, 'address-line1')}
      {Extra && asks && (
        <Extra
          prefix={prefix}
          party={party}
          asks={asks}
          errors={errors}
          onChange={onChange}
          Input={Input}
          Select={Select}
        />
      )}
      {party.kind === 'company' && text('position', 'Должность руководителя', {}, 'organization-title')}
      {party.kind === 'company' &&
        text('signer', 'ФИО руководителя', { hint: 'Фамилия, имя, отчество: Иванов Иван Иванович.' }, 'name')}
      {prefix === 'me' && text('phone', 'Телефон', { kind: 'tel' }, 'tel')}
      {prefix === 'me' && text('email', 'Электронная почта', { kind: 'email' }, 'email')}
      {bank && bankField('account', 'Расчётный счёт')}
      {bank && bankField('bank', 'Банк', false)}
      {bank && bankField('bik', 'БИК')}
      {bank && bankField('corr', 'Корреспондентский счёт')}
    </fieldset>
  );
}
