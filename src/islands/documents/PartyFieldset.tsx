/** The fieldset of one party: who it is, its requisites, the signer, and bank details where they are needed. */
import type { ShownErrors } from '../../lib/documents/input-check';
import type { Party, PartyKind } from '../../lib/documents/inputs';
import type { PartyPart } from '../../lib/legal/party-requirements';
import type { PersonFields } from './PersonFields';
import type { PageText } from '../../lib/documents/page-text';
import { Input, Select } from './fields';

/** The kinds of party, in the select's order. */
const KINDS: readonly PartyKind[] = ['company', 'ip', 'person'];

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
  /** The fieldset's labels (page-text.ts, passed by the page). */
  text: PageText['party'];
}

/** One party's fieldset. */
export function PartyFieldset({ prefix, legend, party, errors, bank, onChange, asks, Extra, text: t }: Props) {
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
        label={t.kind}
        value={party.kind}
        options={KINDS.map((k) => [k, t.kinds[k]] as const)}
        onValue={(kind) => onChange({ ...party, kind })}
      />
      {text('name', t.name[party.kind], {}, party.kind === 'company' ? 'organization' : 'name')}
      {text('inn', t.inn, { kind: 'digits' })}
      {party.kind !== 'person' && text('ogrn', party.kind === 'ip' ? t.ogrnip : t.ogrn, { kind: 'digits' })}
      {text('address', t.address, {}, 'address-line1')}
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
      {party.kind === 'company' && text('position', t.position, {}, 'organization-title')}
      {party.kind === 'company' && text('signer', t.signer, { hint: t.signerHint }, 'name')}
      {prefix === 'me' && text('phone', t.phone, { kind: 'tel' }, 'tel')}
      {prefix === 'me' && text('email', t.email, { kind: 'email' }, 'email')}
      {bank && bankField('account', t.account)}
      {bank && bankField('bank', t.bank, false)}
      {bank && bankField('bik', t.bik)}
      {bank && bankField('corr', t.corr)}
    </fieldset>
  );
}
