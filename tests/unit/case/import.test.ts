import { describe, expect, it } from 'vitest';
import { addCase, caseRoom, liveCases, saveEntry, updateCase } from '../../../src/lib/case/actions';
import { exportBackup, importBackupBytes, importCases, planImport } from '../../../src/lib/case/backup';
import { decodeBackupBytes, duplicateKey } from '../../../src/lib/case/backup-text';
import { createClock } from '../../../src/lib/case/clock';
import { LIMITS, emptyState, type State } from '../../../src/lib/case/stored-state';
import { sample } from './fixtures';

const NOW = Date.UTC(2026, 10, 30);
const withCases = (n: number, prefix: string, at = 100): State => {
  let s = emptyState();
  for (let i = 0; i < n; i++) s = addCase(s, `${prefix}${i}`, at + i, { client: `${prefix} ${i}` });
  return s;
};
const fileOf = (s: State): Uint8Array => new TextEncoder().encode(exportBackup(s, new Date(NOW)));
const incoming = (s: State): State => {
  const r = importBackupBytes(fileOf(s), NOW);
  if (!r.ok) throw new Error(r.message);
  return r.state;
};

describe('reading a backup file’s bytes', () => {
  const text = '{"client":"Ромашка"}';
  it('reads UTF-8 with or without a BOM, and UTF-16 with a BOM', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeBackupBytes(utf8)).toBe(text);
    expect(decodeBackupBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const le = [0xff, 0xfe, ...[...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])];
    expect(decodeBackupBytes(Uint8Array.from(le))).toBe(text);
    expect(decodeBackupBytes(Uint8Array.from(be))).toBe(text);
  });

  it('refuses Windows-1251 and broken UTF-8 instead of showing «�����»', () => {
    const cp1251 = Uint8Array.from([0x7b, 0xd0, 0xee, 0xec, 0xe0, 0xf8, 0xea, 0xe0, 0x7d]); // {Ромашка}
    expect(decodeBackupBytes(cp1251)).toBeNull();
    const r = importBackupBytes(cp1251);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Файл сохранён не в кодировке UTF-8 .* Ваши данные не изменены\.$/);
    expect(importBackupBytes(fileOf(sample()), NOW).ok).toBe(true);
  });

  it('finds a key written twice in one object, even when escaped differently', () => {
    expect(duplicateKey('{"a":1,"b":{"a":2}}')).toBeNull();
    expect(duplicateKey('{"a":1,"b":[{"c":"a:"},{"c":2}]}')).toBeNull();
    expect(duplicateKey('{"a":1,"b":2,"a":3}')).toBe('a');
    expect(duplicateKey('{"a" : 1, "\\u0061": 2}')).toBe('a');
    expect(duplicateKey('{"x":"\\"a\\"","a":1}')).toBeNull();
  });
});

describe('the import preview and limits on the merged result', () => {
  it('says what will change: «Будет добавлено 3 дела, обновлено 1, удалено 0»', () => {
    const local = withCases(2, 'mine');
    let file = withCases(3, 'new', 500);
    file = {
      ...file,
      cases: { ...file.cases, mine0: { ...local.cases['mine0']!, client: 'Новое имя', updatedAt: 900 } },
    };
    const plan = planImport(local, incoming(file));
    expect(plan).toMatchObject({ ok: true, added: 3, updated: 1, removed: 0 });
    expect(plan.ok && plan.summary).toBe('Будет добавлено 3 дела, обновлено 1, удалено 0.');
    expect(planImport(local, incoming(local))).toMatchObject({
      summary: 'В файле нет ничего нового: всё это уже есть в этом браузере.',
    });
  });

  it('counts a deletion marker in the file as a deletion, so the preview never hides one', () => {
    const local = withCases(2, 'mine');
    const text = exportBackup(local, new Date(NOW)).replace(
      /("mine1": \{[^]*?)"updatedAt": \d+/,
      '$1"deleted": true, "updatedAt": 9000000000000000',
    );
    const r = importBackupBytes(new TextEncoder().encode(text), NOW);
    expect(r.ok).toBe(true);
    const plan = r.ok ? planImport(local, r.state) : null;
    expect(plan && plan.ok && plan.summary).toBe('Будет добавлено 0 дел, обновлено 0, удалено 1.');
  });

  it('refuses 30 + 30 cases whole, saying how many to delete — never accepts and trims later', () => {
    const local = withCases(30, 'mine');
    const other = incoming(withCases(30, 'other'));
    const plan = planImport(local, other);
    expect(plan).toEqual({
      ok: false,
      message:
        'Столько дел не поместится: после загрузки их стало бы 60, а помещается 50. Удалите здесь или в файле хотя бы 10 дел — и загрузите снова. Ваши данные не изменены.',
    });
    expect(importCases(local, other)).toBe(local);
    expect(planImport(local, incoming(withCases(20, 'other')))).toMatchObject({ ok: true, added: 20 });
  });

  it('refuses an import that would overfill one case’s log', () => {
    const at = 100;
    let local = addCase(emptyState(), 'c', at, { client: 'Ромашка' });
    let file = addCase(emptyState(), 'c', at, { client: 'Ромашка' });
    const fields = { date: '2026-11-20', channel: 'call' as const, said: 'x', agreed: '', next: '', nextDate: '' };
    for (let i = 0; i < 600; i++) local = saveEntry(local, 'c', `a${i}`, fields, at + i);
    for (let i = 0; i < 600; i++) file = saveEntry(file, 'c', `b${i}`, fields, at + i);
    expect(planImport(local, incoming(file))).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^В журнале дела «Ромашка» после загрузки стало бы 1200 записей, а помещается 1000\. Удалите хотя бы 200 записей/,
      ) as string,
    });
  });

  it('a store already over a limit can still take an import that adds nothing to it', () => {
    const local = withCases(60, 'old');
    const renamed = updateCase(local, 'old0', 5000, { client: 'Новое имя' });
    expect(planImport(local, incoming(renamed))).toMatchObject({ ok: true, updated: 1 });
  });
});

describe('limits live in the actions, not only in the UI', () => {
  it('no case is added beyond LIMITS.cases; no entry beyond LIMITS.entries', () => {
    const full = withCases(LIMITS.cases, 'c');
    expect(caseRoom(full)).toBe(0);
    expect(addCase(full, 'one-more', 999)).toBe(full);
    expect(liveCases(full)).toHaveLength(LIMITS.cases);
    let s = addCase(emptyState(), 'c', 1);
    const fields = { date: '2026-11-20', channel: 'call' as const, said: 'x', agreed: '', next: '', nextDate: '' };
    for (let i = 0; i < LIMITS.entries; i++) s = saveEntry(s, 'c', `e${i}`, fields, 2 + i);
    expect(saveEntry(s, 'c', 'extra', fields, 5000)).toBe(s);
    expect(saveEntry(s, 'c', 'e0', { ...fields, said: 'изменено' }, 5000).cases['c']!.log['e0']!.said).toBe('изменено');
  });
});

describe('the clock', () => {
  it('never runs backwards, and a far-future stamp seen leaves room for later ones', () => {
    let wall = 5000;
    const clock = createClock(() => wall);
    const a = clock.next();
    wall = 1000;
    const b = clock.next();
    expect(b).toBeGreaterThan(a);
    clock.see(9e15);
    const c = clock.next();
    expect(c).toBeGreaterThan(9e15);
    expect(clock.next()).toBeGreaterThan(c);
    expect(Number.isSafeInteger(clock.next())).toBe(true);
  });
});
