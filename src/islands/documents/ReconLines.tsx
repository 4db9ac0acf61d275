/** The reconciliation act's lines: the period, the opening balance, and documents and payments to add or remove. */
import type { ShownErrors } from '../../lib/documents/input-check';
import type { StoredDocs, StoredLine } from '../../lib/documents/stored-state';
import { Input, Select } from './fields';

interface Props {
  recon: StoredDocs['recon'];
  errors: ShownErrors;
  onChange: (recon: StoredDocs['recon']) => void;
}

const SIDES: readonly (readonly [StoredLine['side'], string])[] = [
  ['debit', 'Отгрузка, акт (долг растёт)'],
  ['credit', 'Оплата (долг уменьшается)'],
];

/** The lines editor. */
export function ReconLines({ recon, errors, onChange }: Props) {
  const setLine = (i: number, line: StoredLine) =>
    onChange({ ...recon, lines: recon.lines.map((l, j) => (j === i ? line : l)) });
  /** The props that tie an input to the act's period or opening balance. */
  const bind = (name: 'from' | 'to' | 'opening') => ({
    path: `recon.${name}`,
    value: recon[name],
    error: errors[`recon.${name}`],
    onValue: (v: string) => onChange({ ...recon, [name]: v }),
  });
  /** The props that tie an input to one field of a line. */
  const bindLine = (i: number, line: StoredLine, name: 'date' | 'doc' | 'amount') => ({
    path: `recon.lines.${i}.${name}`,
    value: line[name],
    error: errors[`recon.lines.${i}.${name}`],
    onValue: (v: string) => setLine(i, { ...line, [name]: v }),
  });
  return (
    <div class="doc-recon">
      <Input {...bind('from')} label="Период: с" kind="date" />
      <Input {...bind('to')} label="по" kind="date" />
      <Input
        {...bind('opening')}
        label="Сальдо на начало, ₽"
        hint="Долг клиента на начало периода; если должны вы — со знаком минус."
      />
      <ol class="doc-recon__lines">
        {recon.lines.map((l, i) => (
          <li key={i} class="doc-recon__line">
            <Input {...bindLine(i, l, 'date')} label="Дата" kind="date" />
            <Input {...bindLine(i, l, 'doc')} label="Документ" />
            <Select
              path={`recon.lines.${i}.side`}
              label="Что это"
              value={l.side}
              options={SIDES}
              onValue={(side) => setLine(i, { ...l, side })}
            />
            <Input {...bindLine(i, l, 'amount')} label="Сумма, ₽" />
            <button
              type="button"
              class="doc-button doc-button--quiet"
              onClick={() => onChange({ ...recon, lines: recon.lines.filter((_, j) => j !== i) })}
            >
              Удалить строку {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="doc-button"
        onClick={() =>
          onChange({ ...recon, lines: [...recon.lines, { date: '', doc: '', amount: '', side: 'debit' }] })
        }
      >
        Добавить строку
      </button>
    </div>
  );
}
