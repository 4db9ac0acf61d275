import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeStates } from '../../../src/lib/case/merge';
import { addCase, removeCase, removeEntry, saveEntry, setTick, updateCase } from '../../../src/lib/case/actions';
import { emptyState, type State } from '../../../src/lib/case/stored-state';
import { plain, sample } from './fixtures';

const entry = { date: '2026-11-21', channel: 'email', said: 'Письмо', agreed: '', next: '', nextDate: '' } as const;

describe('mergeStates', () => {
  it('keeps both tabs’ changes to different items of the same case', () => {
    const base = sample();
    const tabA = setTick(base, 'case-a', 'gather-contract', true, 20);
    const tabB = setTick(base, 'case-a', 'court', true, 21);
    const merged = mergeStates(tabA, tabB);
    const ticks = merged.cases['case-a']!.ticks;
    expect(ticks['gather-contract']?.done).toBe(true);
    expect(ticks['court']?.done).toBe(true);
    expect(ticks['find-reason']?.done).toBe(true);
  });

  it('the later change to the same item wins, whichever side it is on', () => {
    const base = sample();
    const untick = setTick(base, 'case-a', 'find-reason', false, 30);
    expect(mergeStates(base, untick).cases['case-a']!.ticks['find-reason']?.done).toBe(false);
    expect(mergeStates(untick, base).cases['case-a']!.ticks['find-reason']?.done).toBe(false);
  });

  it('merges log entries one by one and keeps a deletion deleted', () => {
    const base = sample();
    const tabA = saveEntry(base, 'case-a', 'e2', entry, 20);
    const tabB = removeEntry(base, 'case-a', 'e1', 21);
    const merged = mergeStates(tabA, tabB);
    expect(merged.cases['case-a']!.log['e2']?.said).toBe('Письмо');
    expect(merged.cases['case-a']!.log['e1']?.deleted).toBe(true);
  });

  it('takes the case details from the later edit, without losing the other tab’s ticks', () => {
    const base = sample();
    const tabA = updateCase(base, 'case-a', 25, { client: 'Новое имя' });
    const tabB = setTick(base, 'case-a', 'court', true, 26);
    const merged = mergeStates(tabB, tabA);
    expect(merged.cases['case-a']!.client).toBe('Новое имя');
    expect(merged.cases['case-a']!.ticks['court']?.done).toBe(true);
  });

  it('keeps cases created in either tab, and the local active case', () => {
    const base = sample();
    const tabA = addCase(base, 'case-c', 20);
    const tabB = addCase(base, 'case-d', 21);
    const merged = mergeStates(tabA, tabB);
    expect(Object.keys(merged.cases).sort()).toEqual(['case-a', 'case-b', 'case-c', 'case-d']);
    expect(merged.activeCaseId).toBe('case-c');
  });

  it('moves off an active case that the other tab deleted', () => {
    const base = sample();
    const tabB = removeCase(base, 'case-b', 30);
    const merged = mergeStates(base, tabB);
    expect(merged.cases['case-b']?.deleted).toBe(true);
    expect(merged.activeCaseId).toBe('case-a');
    expect(mergeStates(removeCase(base, 'case-a', 31), removeCase(base, 'case-b', 32)).activeCaseId).toBeNull();
  });

  it('is idempotent, and two tabs that exchange states agree (any interleaving of changes)', () => {
    type Op = { tab: 0 | 1; kind: 'tick' | 'entry' | 'remove' | 'client'; item: number; flag: boolean };
    const op = fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constantFrom('tick' as const, 'entry' as const, 'remove' as const, 'client' as const),
      item: fc.integer({ min: 0, max: 3 }),
      flag: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops: Op[]) => {
        const tabs: [State, State] = [sample(), sample()];
        let clock = 100;
        for (const o of ops) {
          const at = ++clock;
          const s = tabs[o.tab];
          tabs[o.tab] =
            o.kind === 'tick'
              ? setTick(s, 'case-a', `item-${o.item}`, o.flag, at)
              : o.kind === 'entry'
                ? saveEntry(s, 'case-a', `e${o.item}`, { ...entry, said: `${at}` }, at)
                : o.kind === 'remove'
                  ? removeEntry(s, 'case-a', `e${o.item}`, at)
                  : updateCase(s, 'case-a', at, { client: `${at}` });
        }
        const ab = mergeStates(tabs[0], tabs[1]);
        const ba = mergeStates(tabs[1], tabs[0]);
        expect(plain(ab.cases)).toEqual(plain(ba.cases));
        expect(plain(mergeStates(ab, ab))).toEqual(plain(ab));
        expect(plain(mergeStates(ab, tabs[0]).cases)).toEqual(plain(ab.cases));
      }),
    );
  });

  it('merging with an empty state changes nothing', () => {
    const s = sample();
    expect(plain(mergeStates(s, emptyState()))).toEqual(plain(s));
    expect(plain(mergeStates(emptyState(), s).cases)).toEqual(plain(s.cases));
  });
});
