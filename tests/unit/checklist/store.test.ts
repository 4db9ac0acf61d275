import { describe, expect, it, vi } from 'vitest';
import { createStore, pruneTicks, type StorageLike } from '../../../src/lib/checklist/store';
import { addCase, saveEntry, setTick } from '../../../src/lib/checklist/actions';
import { STORAGE_KEY, readStoredText } from '../../../src/lib/checklist/state';
import { plain, sample } from './fixtures';

/** An in-memory Web Storage shared by "tabs", with switches to make it fail. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const clock = (start = 1000) => {
  let t = start;
  return () => t++;
};

describe('createStore', () => {
  it('saves and loads back (a reload, or a closed browser)', () => {
    const storage = new FakeStorage();
    const first = createStore({ storage: () => storage, now: clock() });
    first.update((s, at) => setTick(addCase(s, 'c1', at, { client: 'Клиент' }), 'c1', 'court', true, at));
    const second = createStore({ storage: () => storage, now: clock(5000) });
    expect(second.get().outcome).toBe('ok');
    expect(second.get().persistence).toBe('saved');
    expect(plain(second.get().state)).toEqual(plain(first.get().state));
  });

  it('reads a version 1 save and writes it back as version 2', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, done: ['listen'] }));
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().outcome).toBe('migrated');
    store.update((s, at) => setTick(s, 'migrated-v1', 'court', true, at));
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as {
      version: number;
      cases: Record<string, { ticks: object }>;
    };
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.cases['migrated-v1']!.ticks).sort()).toEqual(['court', 'listen']);
  });

  it('starts clean on corrupt data and keeps the unreadable text aside', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":2,"cases":');
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().outcome).toBe('corrupt');
    expect(Object.keys(store.get().state.cases)).toEqual([]);
    expect(storage.getItem(`${STORAGE_KEY}:damaged`)).toBe('{"version":2,"cases":');
    store.update((s, at) => addCase(s, 'c1', at));
    expect(readStoredText(storage.getItem(STORAGE_KEY)).outcome).toBe('ok');
  });

  it('works in memory when storage is blocked, and says so', () => {
    const store = createStore({
      storage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      now: clock(),
    });
    expect(store.get().persistence).toBe('blocked');
    store.update((s, at) => setTick(addCase(s, 'c1', at), 'c1', 'court', true, at));
    expect(store.get().state.cases['c1']?.ticks['court']?.done).toBe(true);
  });

  it('keeps changes in memory when storage is full, and recovers when there is room again', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    storage.full = true;
    store.update((s, at) => addCase(s, 'c1', at));
    expect(store.get().persistence).toBe('full');
    expect(store.get().state.cases['c1']).toBeDefined();
    storage.full = false;
    store.update((s, at) => setTick(s, 'c1', 'court', true, at));
    expect(store.get().persistence).toBe('saved');
    expect(readStoredText(storage.getItem(STORAGE_KEY)).state.cases['c1']?.ticks['court']?.done).toBe(true);
  });

  it('survives a storage whose reads start failing', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    storage.getItem = () => {
      throw new Error('gone');
    };
    store.update((s, at) => addCase(s, 'c1', at));
    expect(store.get().state.cases['c1']).toBeDefined();
  });

  it('two tabs do not overwrite each other’s changes', () => {
    const storage = new FakeStorage();
    const setup = createStore({ storage: () => storage, now: clock() });
    setup.update((s, at) => addCase(s, 'c1', at));
    const tabA = createStore({ storage: () => storage, now: clock(2000) });
    const tabB = createStore({ storage: () => storage, now: clock(3000) });
    tabA.update((s, at) => setTick(s, 'c1', 'court', true, at));
    tabB.update((s, at) =>
      saveEntry(
        s,
        'c1',
        'e1',
        { date: '2026-11-27', channel: 'call', said: 'Звонок', agreed: '', next: '', nextDate: '' },
        at,
      ),
    );
    const saved = readStoredText(storage.getItem(STORAGE_KEY)).state.cases['c1']!;
    expect(saved.ticks['court']?.done).toBe(true);
    expect(saved.log['e1']?.said).toBe('Звонок');
  });

  it('stamps keep increasing even when the clock goes back', () => {
    const times = [5000, 4000, 4000];
    const store = createStore({ storage: () => new FakeStorage(), now: () => times.shift() ?? 0 });
    const a = store.stamp();
    const b = store.stamp();
    const c = store.stamp();
    expect(a).toBe(5000);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
  });

  it('merges another tab’s write from the storage event and tells listeners', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    const listener = vi.fn();
    store.subscribe(listener);
    const target = new EventTarget();
    const stop = store.connect(target as unknown as Window);
    const event = (key: string, newValue: string) => Object.assign(new Event('storage'), { key, newValue });
    target.dispatchEvent(event(STORAGE_KEY, JSON.stringify(sample())));
    expect(Object.keys(store.get().state.cases).sort()).toEqual(['case-a', 'case-b']);
    expect(listener).toHaveBeenCalledTimes(1);
    target.dispatchEvent(event('other-key', '{}'));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    target.dispatchEvent(event(STORAGE_KEY, 'garbage'));
    expect(listener).toHaveBeenCalledTimes(1);
    store.receive('garbage');
    expect(Object.keys(store.get().state.cases)).toHaveLength(2);
  });

  it('drops ticks of items that no longer exist when saving', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock(), knownIds: ['court'] });
    store.update((s, at) =>
      setTick(setTick(addCase(s, 'c1', at), 'c1', 'court', true, at), 'c1', 'old-item', true, at),
    );
    const saved = readStoredText(storage.getItem(STORAGE_KEY)).state.cases['c1']!;
    expect(Object.keys(saved.ticks)).toEqual(['court']);
    expect(Object.keys(pruneTicks(sample(), new Set()).cases['case-a']!.ticks)).toEqual([]);
  });
});
