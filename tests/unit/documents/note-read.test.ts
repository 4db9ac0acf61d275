import { describe, expect, it } from 'vitest';
import { foldNote, NOTE_READ_KEY } from '../../../src/lib/documents/note-read';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('the note above a document', () => {
  it('is open on the first visit and folded on the next', () => {
    const store = memory();
    expect(foldNote(store)).toBe(false);
    expect(foldNote(store)).toBe(true);
    expect(foldNote(store)).toBe(true);
  });

  it('keeps one non-personal flag under its own key', () => {
    const store = memory();
    foldNote(store);
    expect([...store.m.entries()]).toEqual([[NOTE_READ_KEY, '1']]);
  });

  it('stays open where the browser gives no storage or refuses to write', () => {
    expect(foldNote(null)).toBe(false);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(foldNote(refusing)).toBe(false);
    expect(foldNote(refusing)).toBe(false);
  });
});
