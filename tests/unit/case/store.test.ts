import { describe, expect, it, vi } from 'vitest';
import { createStore, pruneTicks } from '../../../src/lib/case/store';
import { addCase, saveEntry, setTick } from '../../../src/lib/case/actions';
import { STORAGE_KEY, readStoredText } from '../../../src/lib/case/stored-state';
import { FakeStorage, plain, sample } from './fixtures';

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

  it('reads a version 1 save and writes it back as version 3', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, done: ['listen'] }));
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().outcome).toBe('migrated');
    store.update((s, at) => setTick(s, 'migrated-v1', 'court', true, at));
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as {
      version: number;
      cases: Record<string, { ticks: object }>;
    };
    expect(saved.version).toBe(3);
    expect(Object.keys(saved.cases['migrated-v1']!.ticks).sort()).toEqual(['court', 'listen']);
  });

  it('starts clean on corrupt data, keeping the unreadable text under a time-stamped key first', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":2,"cases":');
    const store = createStore({ storage: () => storage, now: () => Date.UTC(2026, 10, 30, 12) });
    expect(store.get().outcome).toBe('corrupt');
    expect(Object.keys(store.get().state.cases)).toEqual([]);
    const key = `${STORAGE_KEY}:damaged:2026-11-30T12:00:00.000Z`;
    expect(store.get().damaged).toEqual({ key, text: '{"version":2,"cases":' });
    expect(storage.getItem(key)).toBe('{"version":2,"cases":');
    store.update((s, at) => addCase(s, 'c1', at));
    expect(readStoredText(storage.getItem(STORAGE_KEY)).outcome).toBe('ok');
  });

  it('keeps each corruption under its own key: a second one never overwrites the first', () => {
    const storage = new FakeStorage();
    let t = Date.UTC(2026, 10, 30);
    storage.setItem(STORAGE_KEY, 'first damage');
    createStore({ storage: () => storage, now: () => t });
    storage.setItem(STORAGE_KEY, 'second damage');
    t += 1;
    createStore({ storage: () => storage, now: () => t });
    const kept = storage.keys(`${STORAGE_KEY}:damaged:`).map((k) => storage.getItem(k));
    expect(kept.sort()).toEqual(['first damage', 'second damage']);
  });

  it('keeps the original of repaired data before writing the repaired state', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify(sample()).replace('"updatedAt":10', '"updatedAt":"yesterday"');
    storage.setItem(STORAGE_KEY, raw);
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().outcome).toBe('repaired');
    expect(store.get().state.cases['case-a']!.client).toBe('ООО «Ромашка»');
    expect(storage.getItem(store.get().damaged!.key!)).toBe(raw);
    expect(readStoredText(storage.getItem(STORAGE_KEY)).outcome).toBe('ok');
  });

  it('writes nothing over damaged data when there is no room to keep a copy of it', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, 'damaged');
    storage.full = true;
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().persistence).toBe('full');
    expect(store.get().damaged).toEqual({ key: null, text: 'damaged' });
    store.update((s, at) => addCase(s, 'c1', at));
    storage.full = false;
    expect(storage.getItem(STORAGE_KEY)).toBe('damaged');
    store.update((s, at) => setTick(s, 'c1', 'court', true, at));
    expect(storage.keys(`${STORAGE_KEY}:damaged:`).map((k) => storage.getItem(k))).toEqual(['damaged']);
    expect(readStoredText(storage.getItem(STORAGE_KEY)).state.cases['c1']).toBeDefined();
  });

  it('never writes over data saved by a newer version of the site: it works read-only', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ ...(plain(sample()) as object), version: 4, extra: { kept: true } });
    storage.setItem(STORAGE_KEY, newer);
    const store = createStore({ storage: () => storage, now: clock() });
    expect(store.get().persistence).toBe('newer');
    expect(Object.keys(store.get().state.cases).sort()).toEqual(['case-a', 'case-b']);
    store.update((s, at) => addCase(s, 'c1', at));
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(store.get().state.cases['c1']).toBeUndefined();
  });

  it('a newer version written by another tab stops this tab from writing', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    store.update((s, at) => addCase(s, 'c1', at));
    const newer = JSON.stringify({ version: 4, cases: {} });
    storage.setItem(STORAGE_KEY, newer);
    store.receive(newer);
    expect(store.get().persistence).toBe('newer');
    store.update((s, at) => addCase(s, 'c2', at));
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('tells blocked storage (SecurityError on write) from full storage', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    storage.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    store.update((s, at) => addCase(s, 'c1', at));
    expect(store.get().persistence).toBe('blocked');
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

  it('after saving, a tab still takes in what another tab saved since (without a storage event)', () => {
    const storage = new FakeStorage();
    const tabA = createStore({ storage: () => storage, now: clock(2000) });
    tabA.update((s, at) => addCase(s, 'c1', at));
    const tabB = createStore({ storage: () => storage, now: clock(3000) });
    tabB.update((s, at) => setTick(s, 'c1', 'court', true, at));
    tabA.update((s, at) => setTick(s, 'c1', 'claim', true, at));
    tabA.update((s, at) => setTick(s, 'c1', 'call', true, at));
    const saved = readStoredText(storage.getItem(STORAGE_KEY)).state.cases['c1']!;
    expect(Object.keys(saved.ticks).sort()).toEqual(['call', 'claim', 'court']);
    expect(plain(tabA.get().state)).toEqual(plain(readStoredText(storage.getItem(STORAGE_KEY)).state));
  });

  it('stamps keep increasing even when the clock goes back', () => {
    const times = [5000, 5000, 4000, 4000];
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: () => times.shift() ?? 0 });
    const stamps: number[] = [];
    for (let i = 0; i < 3; i++) store.update((s, at) => (stamps.push(at), s));
    expect(stamps[0]).toBe(5000);
    expect(stamps[1]).toBeGreaterThan(stamps[0]!);
    expect(stamps[2]).toBeGreaterThan(stamps[1]!);
  });

  it('merges another tab’s write from the storage event and tells listeners', () => {
    const storage = new FakeStorage();
    const store = createStore({ storage: () => storage, now: clock() });
    const listener = vi.fn();
    store.subscribe(listener);
    const target = new EventTarget();
    const stop = store.connect(target);
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
