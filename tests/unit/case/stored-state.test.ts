import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MIGRATED_CASE_ID,
  emptyState,
  isIsoDate,
  isSafeId,
  latestStamp,
  readState,
  readStoredText,
} from '../../../src/lib/case/stored-state';
import { MAX_STAMP } from '../../../src/lib/case/clock';
import { plain, sample } from './fixtures';

describe('readState', () => {
  it('reads back what was saved (round trip through JSON)', () => {
    const s = sample();
    const { state, outcome } = readStoredText(JSON.stringify(s));
    expect(outcome).toBe('ok');
    expect(plain(state)).toEqual(plain(s));
  });

  it('starts empty when nothing was saved', () => {
    expect(readStoredText(null)).toMatchObject({ outcome: 'empty', state: { cases: {} } });
  });

  it.each(['{', 'null', '[]', '"x"', '42', '{"version":"2"}', '{"version":2}', '{"version":0,"cases":{}}'])(
    'treats %s as corrupt and starts empty',
    (text) => {
      const { state, outcome } = readStoredText(text);
      expect(outcome).toBe(text === 'null' ? 'empty' : 'corrupt');
      expect(Object.keys(state.cases)).toEqual([]);
    },
  );

  it('migrates version 1 (one checklist, ticked ids only) into one case', () => {
    const { state, outcome } = readState({
      version: 1,
      done: ['find-reason', 'court', 42, '__proto__'],
      updatedAt: 500,
    });
    expect(outcome).toBe('migrated');
    expect(state.activeCaseId).toBe(MIGRATED_CASE_ID);
    const c = state.cases[MIGRATED_CASE_ID]!;
    expect(plain(c.ticks)).toEqual({ 'find-reason': { done: true, at: 500 }, court: { done: true, at: 500 } });
    expect(c).toMatchObject({ client: '', amount: null, dueDate: '', updatedAt: 500 });
  });

  it('migrates a version 1 state with a missing list to an empty case', () => {
    const { state } = readState({ version: 1 });
    expect(Object.keys(state.cases[MIGRATED_CASE_ID]!.ticks)).toEqual([]);
  });

  it('keeps what it can from damaged data and says it repaired it', () => {
    const text = JSON.stringify(sample()).replace('"cases":{', '"cases":{"__proto__":{"updatedAt":1},');
    const raw = JSON.parse(text) as { cases: Record<string, Record<string, unknown>> };
    const a = raw.cases['case-a']!;
    (a['log'] as Record<string, unknown>)['bad'] = { date: '2026-13-01', channel: 'call', updatedAt: 1 };
    (a['ticks'] as Record<string, unknown>)['x'] = { done: 'yes', at: 1 };
    a['dueDate'] = '27.11.2026';
    a['client'] = 'x'.repeat(500);
    raw.cases['case-b']!['updatedAt'] = -5;
    const { state, outcome } = readState(raw);
    expect(outcome).toBe('repaired');
    // A case with a broken stamp is kept (a live case is never dropped on reading), stamped as old as can be.
    expect(Object.keys(state.cases)).toEqual(['case-a', 'case-b']);
    expect(state.cases['case-b']).toMatchObject({ client: 'ИП Петров', updatedAt: 14 });
    const c = state.cases['case-a']!;
    expect(Object.keys(c.log)).toEqual(['e1']);
    expect(Object.keys(c.ticks).sort()).toEqual(['find-reason', 'listen']);
    expect(c.dueDate).toBe('');
    expect(c.client).toHaveLength(120);
    expect(Object.getPrototypeOf(state.cases)).toBeNull();
  });

  it('keeps a case without a stamp, and a stamp far in the future only as far as the limit', () => {
    const raw = plain(sample()) as { cases: Record<string, Record<string, unknown>> };
    delete raw.cases['case-a']!['updatedAt'];
    raw.cases['case-b']!['updatedAt'] = 1e300;
    const { state, outcome } = readState(raw);
    expect(outcome).toBe('repaired');
    expect(state.cases['case-a']).toMatchObject({ client: 'ООО «Ромашка»', updatedAt: 10 });
    expect(state.cases['case-b']!.updatedAt).toBe(MAX_STAMP);
  });

  it('keeps every live case and entry even over the limits (limits stop adding, not reading)', () => {
    const cases: Record<string, unknown> = {};
    for (let i = 0; i < 60; i++)
      cases[`c${i}`] = { client: `${i}`, amount: null, dueDate: '', createdAt: 1, updatedAt: 1, ticks: {}, log: {} };
    const { state, outcome } = readState({ version: 2, activeCaseId: null, cases });
    expect(outcome).toBe('ok');
    expect(Object.keys(state.cases)).toHaveLength(60);
  });

  it('refuses dates outside 1970–2100 (01.01.0001, 31.12.9999) as a repair', () => {
    const raw = plain(sample()) as { cases: Record<string, Record<string, unknown>> };
    raw.cases['case-a']!['dueDate'] = '9999-12-31';
    const { state, outcome } = readState(raw);
    expect(outcome).toBe('repaired');
    expect(state.cases['case-a']!.dueDate).toBe('');
  });

  it('reads data from a newer version as far as it can, and says it is newer', () => {
    const raw = { ...(plain(sample()) as object), version: 4, somethingNew: true };
    const { state, outcome } = readState(raw);
    expect(outcome).toBe('newer');
    expect(Object.keys(state.cases)).toEqual(['case-a', 'case-b']);
  });

  it('drops an active case id that does not exist', () => {
    const raw = { ...(plain(sample()) as object), activeCaseId: 'nope' };
    expect(readState(raw).state.activeCaseId).toBeNull();
  });

  it('never throws and always yields a state that reads back as ok (any JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { state } = readState(value);
        expect(readStoredText(JSON.stringify(state)).outcome).not.toBe('corrupt');
        expect(readState(plain(state)).state).toEqual(state);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void readStoredText(text)));
  });
});

describe('helpers', () => {
  it.each([
    ['2026-11-27', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['0001-01-01', false],
    ['9999-12-31', false],
    ['1970-01-01', true],
    ['2100-12-31', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['27.11.2026', false],
    [20261127, false],
  ])('isIsoDate(%s) is %s', (v, ok) => expect(isIsoDate(v)).toBe(ok));

  it.each([
    ['case-1', true],
    ['e3b0c442-98fc-1c14-9afb-f4c8996fb924', true],
    ['__proto__', false],
    ['constructor', false],
    ['prototype', false],
    ['-x', false],
    ['a'.repeat(41), false],
    ['', false],
  ])('isSafeId(%s) is %s', (v, ok) => expect(isSafeId(v)).toBe(ok));

  it('finds the latest stamp anywhere', () => {
    expect(latestStamp(sample())).toBe(14);
    expect(latestStamp(emptyState())).toBe(0);
  });
});
