import { describe, expect, it } from 'vitest';
import {
  activeCase,
  addCase,
  liveCases,
  liveEntries,
  progress,
  removeCase,
  removeEntry,
  resetTicks,
  saveEntry,
  selectCase,
  setTick,
  updateCase,
} from '../../../src/lib/case/actions';
import { emptyState } from '../../../src/lib/case/stored-state';
import { MAX_KOPECKS } from '../../../src/lib/money/kopecks';
import { sample } from './fixtures';

const fields = {
  date: '2026-11-25',
  channel: 'meeting',
  said: 'Встретились',
  agreed: '',
  next: '',
  nextDate: '',
} as const;

describe('checklist actions', () => {
  it('a new case becomes the active one', () => {
    const s = addCase(sample(), 'case-c', 50, { client: 'Третий' });
    expect(activeCase(s)?.[0]).toBe('case-c');
    expect(liveCases(s).map(([id]) => id)).toEqual(['case-a', 'case-b', 'case-c']);
  });

  it('with no cases there is no active case and no progress', () => {
    expect(activeCase(emptyState())).toBeNull();
    expect(progress(null, ['a', 'b'])).toEqual({ done: 0, total: 2 });
  });

  it('switching cases keeps each case’s own ticks', () => {
    let s = selectCase(sample(), 'case-b');
    s = setTick(s, 'case-b', 'court', true, 20);
    const ids = ['find-reason', 'court', 'listen'];
    expect(progress(s.cases['case-b']!, ids).done).toBe(1);
    expect(progress(s.cases['case-a']!, ids).done).toBe(1);
    expect(s.cases['case-a']!.ticks['court']).toBeUndefined();
    expect(selectCase(s, 'missing')).toBe(s);
  });

  it('progress counts only items that still exist', () => {
    const s = setTick(sample(), 'case-a', 'removed-item', true, 20);
    expect(progress(s.cases['case-a']!, ['find-reason', 'listen'])).toEqual({ done: 1, total: 2 });
  });

  it('reset unticks everything in one case and keeps the log', () => {
    const s = resetTicks(sample(), 'case-a', 30);
    const c = s.cases['case-a']!;
    expect(Object.values(c.ticks).every((t) => !t.done && t.at === 30)).toBe(true);
    expect(liveEntries(c)).toHaveLength(1);
  });

  it('edits and removes log entries, newest contact first', () => {
    let s = saveEntry(sample(), 'case-a', 'e2', fields, 20);
    s = saveEntry(s, 'case-a', 'e3', { ...fields, date: '2026-11-25' }, 21);
    expect(liveEntries(s.cases['case-a']!).map(([id]) => id)).toEqual(['e3', 'e2', 'e1']);
    s = saveEntry(s, 'case-a', 'e1', { ...fields, date: '2026-11-20', said: 'Исправлено' }, 22);
    expect(s.cases['case-a']!.log['e1']?.said).toBe('Исправлено');
    s = removeEntry(s, 'case-a', 'e2', 23);
    expect(liveEntries(s.cases['case-a']!).map(([id]) => id)).toEqual(['e3', 'e1']);
    expect(s.cases['case-a']!.log['e2']).toMatchObject({ deleted: true, said: '' });
    expect(removeEntry(s, 'case-a', 'nope', 24)).toEqual(s);
  });

  it('changes to a missing case change nothing', () => {
    const s = sample();
    expect(updateCase(s, 'missing', 20, { client: 'x' })).toBe(s);
    expect(setTick(s, 'missing', 'court', true, 20)).toBe(s);
  });

  it('removing the active case moves to another one, and removing the last leaves none', () => {
    let s = removeCase(sample(), 'case-b', 30);
    expect(activeCase(s)?.[0]).toBe('case-a');
    expect(s.cases['case-b']).toMatchObject({ deleted: true });
    expect(Object.keys(s.cases['case-b']!.ticks)).toEqual([]);
    s = removeCase(s, 'case-a', 31);
    expect(activeCase(s)).toBeNull();
    expect(removeCase(selectCase(sample(), 'case-a'), 'case-b', 32).activeCaseId).toBe('case-a');
  });
});

describe('the limits hold in the actions, not only in the forms', () => {
  const base = () => addCase(emptyState(), 'c1', 1);
  const entry = { date: '2026-11-27', channel: 'call', said: 'Обещал', agreed: '', next: '', nextDate: '' } as const;

  it.each([
    ['a client name over 120 characters', { client: 'я'.repeat(121) }],
    ['an amount over the money limit', { amount: MAX_KOPECKS + 1 }],
    ['a fractional or zero amount', { amount: 0.5 }],
    ['a zero amount', { amount: 0 }],
    ['a date that does not exist', { dueDate: '2026-02-30' }],
    ['a date outside 1970–2100', { dueDate: '0001-01-01' }],
  ])('a case change with %s changes nothing', (_what, details) => {
    const s = base();
    expect(updateCase(s, 'c1', 2, details)).toBe(s);
    expect(addCase(s, 'c2', 2, details)).toBe(s);
  });

  it('a case change within the limits is kept', () => {
    const s = updateCase(base(), 'c1', 2, { client: 'ООО «Ромашка»', amount: 8_000_000, dueDate: '2026-12-01' });
    expect(s.cases['c1']).toMatchObject({ client: 'ООО «Ромашка»', amount: 8_000_000, dueDate: '2026-12-01' });
    expect(updateCase(s, 'c1', 3, { amount: null, dueDate: '' }).cases['c1']).toMatchObject({
      amount: null,
      dueDate: '',
    });
  });

  it.each([
    ['no date', { ...entry, date: '' }],
    ['a next date that does not exist', { ...entry, nextDate: '2026-13-01' }],
    ['an unknown channel', { ...entry, channel: 'fax' as 'call' }],
    ['a text over 2 000 characters', { ...entry, said: 'а'.repeat(2001) }],
  ])('a log entry with %s is not saved', (_what, fields) => {
    const s = base();
    expect(saveEntry(s, 'c1', 'e1', fields, 2).cases['c1']?.log).toEqual(s.cases['c1']?.log);
    expect(liveEntries(saveEntry(s, 'c1', 'e1', entry, 2).cases['c1']!)).toHaveLength(1);
  });
});
