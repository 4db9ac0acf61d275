import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportBackup, importBackup, MAX_BACKUP_CHARS } from '../../../src/lib/case/backup';
import { BACKUP_FORMAT, newId } from '../../../src/lib/case/backup-file';
import { plain, sample } from './fixtures';
import { removeCase, removeEntry } from '../../../src/lib/case/actions';

const good = (): Record<string, unknown> =>
  JSON.parse(exportBackup(sample(), new Date('2026-11-27T10:00:00Z'))) as Record<string, unknown>;
const refused = (text: string): string => {
  const r = importBackup(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
};

describe('backup export and import', () => {
  it('an exported file imports back to the same state', () => {
    const r = importBackup(exportBackup(sample(), new Date()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(plain(r.state)).toEqual(plain(sample()));
      expect(r.cases).toBe(2);
    }
  });

  it('leaves deleted cases and entries out of the file', () => {
    let s = removeCase(sample(), 'case-b', 30);
    s = removeEntry(s, 'case-a', 'e1', 31);
    const file = JSON.parse(exportBackup(s, new Date())) as {
      activeCaseId: string | null;
      cases: Record<string, { log: object }>;
    };
    expect(Object.keys(file.cases)).toEqual(['case-a']);
    expect(file.cases['case-a']!.log).toEqual({});
    expect(file.activeCaseId).toBe('case-a');
    expect(importBackup(JSON.stringify(file)).ok).toBe(true);
  });

  it('the file carries its format marker and version', () => {
    expect(good()).toMatchObject({ format: BACKUP_FORMAT, version: 3, exportedAt: '2026-11-27T10:00:00.000Z' });
  });

  it.each([
    ['not JSON', 'hello'],
    ['another file', JSON.stringify({ name: 'package' })],
    ['an array', '[]'],
    ['null', 'null'],
  ])('refuses %s with a message, saying nothing changed', (_name, text) => {
    expect(refused(text)).toMatch(/Ваши данные не изменены\.$/);
  });

  it('refuses a file from a newer version', () => {
    expect(refused(JSON.stringify({ ...good(), version: 4 }))).toMatch(/более новой версией/);
  });

  it('refuses a file that is too large', () => {
    expect(refused(' '.repeat(MAX_BACKUP_CHARS + 1))).toMatch(/слишком большой/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file with a "%s" key anywhere', (key) => {
    const text = JSON.stringify(good()).replace('"ticks":{', `"ticks":{"${key}":{"done":true,"at":1},`);
    expect(refused(text)).toMatch(new RegExp(key));
    expect(({} as Record<string, unknown>)['done']).toBeUndefined();
  });

  it('refuses absurdly deep nesting', () => {
    const deep = JSON.stringify({ ...good(), extra: JSON.parse('{"a":'.repeat(20) + '1' + '}'.repeat(20)) as unknown });
    expect(refused(deep)).toBe(
      'Файл отклонён: в нём слишком много вложенных уровней — резервная копия так не устроена. Ваши данные не изменены.',
    );
  });

  type Doc = { cases: Record<string, Record<string, unknown>> };
  const mutate = (fn: (d: Doc) => void): string => {
    const d = good() as Doc;
    fn(d);
    return JSON.stringify(d);
  };
  const entryOf = (d: Doc) => (d.cases['case-a']!['log'] as Record<string, Record<string, unknown>>)['e1']!;

  const A = 'дело «ООО «Ромашка»»';
  it.each([
    [
      'an impossible date',
      (d: Doc) => void (entryOf(d)['date'] = '2026-02-30'),
      `${A} › запись журнала от e1 › дата: дата должна быть настоящей, в виде ГГГГ-ММ-ДД, с 1970 по 2100 год`,
    ],
    [
      'the year 1',
      (d: Doc) => void (d.cases['case-a']!['dueDate'] = '0001-01-01'),
      `${A} › срок оплаты: дата должна быть настоящей, в виде ГГГГ-ММ-ДД, с 1970 по 2100 год`,
    ],
    [
      'the year 9999',
      (d: Doc) => void (entryOf(d)['nextDate'] = '9999-12-31'),
      `${A} › запись журнала от 20.11.2026 › дата следующего шага: дата должна быть настоящей, в виде ГГГГ-ММ-ДД, с 1970 по 2100 год`,
    ],
    [
      'a Russian-style date',
      (d: Doc) => void (d.cases['case-a']!['dueDate'] = '27.11.2026'),
      `${A} › срок оплаты: дата должна быть настоящей, в виде ГГГГ-ММ-ДД, с 1970 по 2100 год`,
    ],
    [
      'an unknown channel',
      (d: Doc) => void (entryOf(d)['channel'] = 'fax'),
      `${A} › запись журнала от 20.11.2026 › способ связи: недопустимое значение`,
    ],
    [
      'too long a text',
      (d: Doc) => void (entryOf(d)['said'] = 'а'.repeat(2001)),
      `${A} › запись журнала от 20.11.2026 › что сказал клиент: не длиннее 2000 символов`,
    ],
    ['too long a client name', (d: Doc) => void (d.cases['case-a']!['client'] = 'а'.repeat(121)), null],
    [
      'a fractional amount',
      (d: Doc) => void (d.cases['case-a']!['amount'] = 1.5),
      `${A} › сумма: сумма в копейках, целое число`,
    ],
    [
      'an amount above the form’s limit',
      (d: Doc) => void (d.cases['case-a']!['amount'] = 1e15),
      `${A} › сумма: сумма больше, чем принимает форма`,
    ],
    ['an extra field', (d: Doc) => void (d.cases['case-a']!['script'] = '<script>'), `${A}: лишнее поле «script»`],
    [
      'a negative stamp',
      (d: Doc) => void (d.cases['case-a']!['updatedAt'] = -1),
      `${A} › время изменения: недопустимая отметка времени`,
    ],
    ['a missing field', (d: Doc) => void delete d.cases['case-a']!['ticks'], `${A} › отметки: поле отсутствует`],
    [
      'a number as text',
      (d: Doc) => void (d.cases['case-a']!['client'] = 5),
      'дело «без названия» › клиент: значение не того вида',
    ],
  ])('refuses %s, saying where and why in Russian', (_name, fn, detail) => {
    const message = refused(mutate(fn));
    if (detail) expect(message).toBe(`Файл повреждён или изменён вручную: ${detail}. Ваши данные не изменены.`);
    else expect(message).toMatch(/^Файл повреждён или изменён вручную: дело «а+» › клиент: не длиннее 120 символов\./);
    expect(message).not.toMatch(/Invalid|expected|received/);
  });

  it('refuses a bad case id and a wrong version in Russian', () => {
    expect(refused(mutate((d) => void (d.cases['bad id!'] = d.cases['case-a']!)))).toBe(
      'Файл повреждён или изменён вручную: дело «ООО «Ромашка»»: недопустимый идентификатор. Ваши данные не изменены.',
    );
    expect(refused(JSON.stringify({ ...good(), version: 1 }))).toBe(
      'Файл повреждён или изменён вручную: версия: недопустимое значение. Ваши данные не изменены.',
    );
  });

  it('refuses a key written twice', () => {
    const text = JSON.stringify(good()).replace('"client":"ИП Петров"', '"client":"ИП Петров","client":"Другой"');
    expect(refused(text)).toBe(
      'Файл отклонён: поле «client» записано в нём дважды, и непонятно, какое значение верное. Ваши данные не изменены.',
    );
    expect(refused(JSON.stringify(good()).replace('"version":3', '"version":3,"\\u0076ersion":3'))).toMatch(
      /«version»/,
    );
  });

  it('clamps stamps in the future to the import time: never trusted', () => {
    const text = mutate((d) => void (d.cases['case-a']!['updatedAt'] = 9e15));
    const r = importBackup(text, 1_000_000);
    expect(r.ok && r.state.cases['case-a']!.updatedAt).toBe(1_000_000);
  });

  it('refuses too many cases', () => {
    const text = mutate((d) => {
      for (let i = 0; i < 60; i++) d.cases[`c${i}`] = d.cases['case-b']!;
    });
    expect(refused(text)).toMatch(/не больше 50/);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void importBackup(text)));
  });
});

describe('backup helpers', () => {
  it('makes ids the store accepts, with or without crypto.randomUUID', () => {
    expect(newId()).toMatch(/^[a-z0-9-]{10,40}$/);
    const saved = globalThis.crypto.randomUUID.bind(globalThis.crypto);
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
      expect(newId(() => 0.5)).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: saved, configurable: true });
    }
  });
});
