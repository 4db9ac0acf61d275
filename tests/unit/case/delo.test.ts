import { describe, expect, it } from 'vitest';
import { archiveCase, removeCase, setStep } from '../../../src/lib/case/actions';
import { caseList, onLiveCase } from '../../../src/lib/case/delo';
import { mergeStates } from '../../../src/lib/case/merge';
import { sample } from './fixtures';

describe('«Моё дело» changes reach only live cases', () => {
  it('an edit to a case another tab deleted changes nothing, and the merge keeps it deleted', () => {
    const here = sample();
    const there = removeCase(here, 'case-a', 100);
    // This tab merges the other's tombstone first (the store re-reads before a change), then edits.
    const merged = mergeStates(here, there);
    const edited = onLiveCase(merged, 'case-a', (s) => setStep(s, 'case-a', 'claimSent', '2026-10-20', 101));
    expect(edited).toBe(merged);
    expect(edited.cases['case-a']).toMatchObject({ deleted: true, steps: {} });
  });

  it('an edit to a live case goes through', () => {
    const s = onLiveCase(sample(), 'case-b', (x) => setStep(x, 'case-b', 'paid', '2026-11-01', 50));
    expect(s.cases['case-b']!.steps.paid?.date).toBe('2026-11-01');
    expect(onLiveCase(sample(), 'nope', (x) => setStep(x, 'nope', 'paid', '2026-11-01', 50))).toEqual(sample());
  });

  it('lists current and archived cases apart, oldest first, and the one shown', () => {
    const s = archiveCase(sample(), 'case-a', true, 60);
    const list = caseList(s);
    expect(list.current.map(([id]) => id)).toEqual(['case-b']);
    expect(list.archived.map(([id]) => id)).toEqual(['case-a']);
    expect(list.shown?.[0]).toBe('case-b');
    expect(caseList(removeCase(removeCase(s, 'case-a', 61), 'case-b', 62)).shown).toBeNull();
  });
});
