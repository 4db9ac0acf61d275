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
  return (
    <div class="doc-recon">
      <Input
        path="recon.from"
        label="Период: с"
        kind="date"
        value={recon.from}
        error={errors['recon.from']}
        onValue={(from) => onChange({ ...recon, from })}
      />
      <Input
        path="recon.to"
        label="по"
        kind="date"
        value={recon.to}
        error={errors['recon.to']}
        onValue={(to) => onChange({ ...recon, to })}
      />
      <Input
        path="recon.opening"
        label="Сальдо на начало, ₽"
        hint="Долг клиента на начало периода; если должны вы — со знаком минус."
        value={recon.opening}
        error={errors['recon.opening']}
        onValue={(opening) => onChange({ ...recon, opening })}
      />
      <ol class="doc-recon__lines">
        {recon.lines.map((l, i) => (
          <li key={i} class="doc-recon__line">
            <Input
              path={`recon.lines.${i}.date`}
              label="Дата"
              kind="date"
              value={l.date}
              error={errors[`recon.lines.${i}.date`]}
              onValue={(date) => setLine(i, { ...l, date })}
            />
            <Input
              path={`recon.lines.${i}.doc`}
              label="Документ"
              value={l.doc}
              onValue={(doc) => setLine(i, { ...l, doc })}
            />
            <Select
              path={`recon.lines.${i}.side`}
              label="Что это"
              value={l.side}
              options={SIDES}
              onValue={(side) => setLine(i, { ...l, side })}
            />
            <Input
              path={`recon.lines.${i}.amount`}
              label="Сумма, ₽"
              value={l.amount}
              error={errors[`recon.lines.${i}.amount`]}
              onValue={(amount) => setLine(i, { ...l, amount })}
            />
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
