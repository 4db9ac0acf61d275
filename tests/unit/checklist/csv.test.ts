import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, fileName, logToCsv } from '../../../src/lib/checklist/csv';
import { CHANNEL_LABELS } from '../../../src/lib/checklist/labels';
import type { LogEntry } from '../../../src/lib/case/stored-state';

const entries: LogEntry[] = [
  {
    date: '2026-11-27',
    channel: 'call',
    said: 'Сказал: «денег нет»; перезвонит',
    agreed: 'Оплата "частями"\nдо 10.12',
    next: '=HYPERLINK("x")',
    nextDate: '2026-12-10',
    updatedAt: 1,
  },
  { date: '2026-11-20', channel: 'letter', said: '', agreed: '', next: '', nextDate: '', updatedAt: 2 },
];
const csv = logToCsv({ client: 'ООО «Ромашка»', amount: 8_000_050, dueDate: '2026-11-01' }, entries);

describe('logToCsv', () => {
  it('is made for Russian Excel: BOM, semicolons, CRLF, every field quoted', () => {
    expect(csv.startsWith('\uFEFF"Клиент";"ООО «Ромашка»";')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '"Дата";"Способ связи";"Что сказали";"О чём договорились";"Следующий шаг";"Дата следующего шага"',
    );
  });

  it('reads back, field for field, with a CSV parser', () => {
    const rows: string[][] = parse(csv, {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      relax_column_count: false,
    });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Клиент', 'ООО «Ромашка»', 'Сумма', '80\u00a0000,50\u00a0₽', 'Срок оплаты', '01.11.2026']);
    expect(rows[2]).toEqual([
      '27.11.2026',
      'Звонок',
      'Сказал: «денег нет»; перезвонит',
      'Оплата "частями"\nдо 10.12',
      '\'=HYPERLINK("x")',
      '10.12.2026',
    ]);
    expect(rows[3]).toEqual(['20.11.2026', 'Письмо', '', '', '', '']);
  });

  it('leaves amount and due date empty when unknown', () => {
    const rows: string[][] = parse(logToCsv({ client: '', amount: null, dueDate: '' }, []), {
      bom: true,
      delimiter: ';',
    });
    expect(rows[0]).toEqual(['Клиент', '', 'Сумма', '', 'Срок оплаты', '']);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+7 900', `"'+7 900"`],
    ['-5', `"'-5"`],
    ['@cmd', `"'@cmd"`],
    ['обычный текст', '"обычный текст"'],
    ['"кавычки"', '"""кавычки"""'],
  ])('csvField(%s) → %s (never a formula)', (value, out) => expect(csvField(value)).toBe(out));
});

describe('labels and file names', () => {
  it('names every channel in Russian', () => {
    expect(Object.values(CHANNEL_LABELS)).toEqual(['Звонок', 'E-mail', 'Мессенджер', 'Встреча', 'Письмо']);
  });

  it('builds safe file names', () => {
    expect(fileName('журнал-контактов', 'ООО «Ромашка» / Москва', '2026-11-27', 'csv')).toBe(
      'журнал-контактов-ооо-ромашка-москва-2026-11-27.csv',
    );
    expect(fileName('журнал-контактов', '', '2026-11-27', 'csv')).toBe('журнал-контактов-2026-11-27.csv');
    expect(fileName('zhurnal', 'Smith & Co.', '2026-11-27', 'csv')).toBe('zhurnal-smith-co-2026-11-27.csv');
  });
});
