/** What to charge, to which day, the moratorium, who the debtor is and when the claim letter went out. */
import { CheckField, Choice, SelectField, TextField } from './fields';
import { bind, type FormApi } from './form-api';
import type { FormHints } from '../../lib/claim/messages';
import type { ChargeKind, DebtorKind, MoratoriumMode } from '../../lib/claim/result';

const KIND_OPTIONS: readonly (readonly [ChargeKind, string])[] = [
  ['395', 'Проценты по ст. 395 ГК РФ'],
  ['penalty', 'Неустойка по договору'],
];
const DEBTOR_OPTIONS: readonly (readonly [DebtorKind, string])[] = [
  ['company', 'Организация'],
  ['ip', 'ИП'],
  ['person', 'Гражданин'],
];
const MORATORIUM_OPTIONS: readonly (readonly [MoratoriumMode, string])[] = [
  // Short enough for a phone's select (390 px); the hint below says the rest.
  ['auto', 'По датам долга (до 01.04.2022)'],
  ['on', 'Учитывать'],
  ['off', 'Не учитывать'],
];

/** The settings sections of the form. */
export function SettingsSection({ api, hints }: { api: FormApi; hints: FormHints }) {
  const s = api.state;
  /** The props that tie a choice (radio buttons or a select) to its field of the state. */
  const choice = <K extends 'kind' | 'debtor' | 'moratorium'>(key: K) => ({
    name: key,
    value: s[key],
    error: api.errorOf(key),
    messages: api.messages,
    disabled: !api.ready,
    onValue: (value: (typeof s)[K]) => api.update((x) => ({ ...x, [key]: value }), [key]),
  });
  return (
    <>
      <section class="claim-section" aria-labelledby="claim-charge-title">
        <h2 id="claim-charge-title">Что начислить</h2>
        <Choice {...choice('kind')} legend="Проценты или неустойка" options={KIND_OPTIONS} hint={hints.kind} />
        <div class="claim-grid">
          {s.kind === 'penalty' && (
            <>
              <TextField {...bind(api, 'penalty')} label="Неустойка, % в день" inputMode="decimal" hint={hints.rate} />
              <TextField
                {...bind(api, 'cap')}
                label="Предел неустойки, % от суммы долга (если есть)"
                inputMode="decimal"
                hint={hints.cap}
              />
            </>
          )}
          <TextField {...bind(api, 'to')} type="date" label="Считать по (включительно)" hint={hints.to} />
          <SelectField
            {...choice('moratorium')}
            label="Мораторий 2022 года"
            options={MORATORIUM_OPTIONS}
            hint={hints.moratorium}
          />
        </div>
        <CheckField
          name="workdays"
          label="Если срок оплаты выпал на выходной, переносить на рабочий день (ГК РФ ст. 193)"
          checked={s.workdays === '1'}
          error={api.errorOf('workdays')}
          messages={api.messages}
          disabled={!api.ready}
          onValue={(on) => api.update((x) => ({ ...x, workdays: on ? '1' : '0' }), ['workdays'])}
          hint={hints.workdays}
        />
      </section>
      <section class="claim-section" aria-labelledby="claim-debtor-title">
        <h2 id="claim-debtor-title">Должник и претензия</h2>
        <Choice {...choice('debtor')} legend="Кто должник" options={DEBTOR_OPTIONS} hint={hints.debtor} />
        <div class="claim-grid">
          <TextField
            {...bind(api, 'claimSent')}
            type="date"
            label="Когда отправлена претензия (если отправлена)"
            hint={hints.claimSent}
          />
        </div>
        <p class="claim-hint">{hints.court}</p>
        <div class="claim-grid">
          <TextField {...bind(api, 'orderFiled')} type="date" label="Когда подано заявление о судебном приказе" />
          <TextField {...bind(api, 'orderCancelled')} type="date" label="Когда приказ отменён" />
          <TextField {...bind(api, 'suitFiled')} type="date" label="Когда подан иск" />
        </div>
      </section>
    </>
  );
}
