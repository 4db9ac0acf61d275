/**
 * The case store's one rule, tested against a model: what the UI reported as saved is never dropped without
 * the user asking. Random sequences of what a user can do — edit, tick, add or delete a log entry, create
 * or delete a case, save a tool's inputs (a part), date a step, record a paper, edit «Ваши данные», delete all
 * personal data, import a valid / hostile / oversized / future-stamped backup (confirming or cancelling
 * the preview), reload, work in a second tab, and the wall clock jumping — are run against the real store
 * over one shared storage. After every step the saved data, read back as a fresh visit would, must hold
 * exactly the cases, entries and ticks the model says the user has. Runs: CHECKLIST_PROPERTY_RUNS
 * (1 000 in `npm test`, more in `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCase,
  liveCases,
  recordDoc,
  setPart,
  setProfile,
  setStep,
  liveEntries,
  removeCase,
  removeEntry,
  saveEntry,
  setTick,
  updateCase,
} from '../../../src/lib/case/actions';
import { exportBackup, importBackupBytes, importCases, planImport } from '../../../src/lib/case/backup';
import { createStore, type Store } from '../../../src/lib/case/store';
import {
  LIMITS,
  PART_NAMES,
  STEP_IDS,
  STORAGE_KEY,
  readStoredText,
  type State,
} from '../../../src/lib/case/stored-state';
import { FakeStorage } from './fixtures';
import { EPOCH, utcDate } from '../../../src/lib/date/day';
import { addDays } from '../../../src/lib/date/arithmetic';

const RUNS = Number(process.env['CHECKLIST_PROPERTY_RUNS'] ?? 1000);
const ITEMS = ['listen', 'court', 'find-reason'] as const;
/** `n` days of wall-clock time in ms, from the date module (the one file that knows a day's length). */
const days = (n: number): number => utcDate(addDays(EPOCH, n)).getTime();

/**
 * What the user was told is saved: per case, the client, the live entries (said), the ticks, the parts (as
 * JSON), the steps' dates and the papers' dates; and the profile (as JSON, '' for none).
 */
interface CaseModel {
  client: string;
  entries: Map<string, string>;
  ticks: Map<string, boolean>;
  parts: Map<string, string>;
  steps: Map<string, string>;
  docs: Map<string, string>;
}
type Model = { cases: Map<string, CaseModel>; profile: string };
const newCase = (client: string): CaseModel => ({
  client,
  entries: new Map(),
  ticks: new Map(),
  parts: new Map(),
  steps: new Map(),
  docs: new Map(),
});

type Op =
  | { kind: 'create'; tab: number; client: string }
  | { kind: 'edit'; tab: number; pick: number; client: string }
  | { kind: 'tick'; tab: number; pick: number; item: number; done: boolean }
  | { kind: 'addEntry'; tab: number; pick: number; said: string }
  | { kind: 'deleteEntry'; tab: number; pick: number; entry: number }
  | { kind: 'deleteCase'; tab: number; pick: number }
  | { kind: 'part'; tab: number; pick: number; part: number; value: string }
  | { kind: 'step'; tab: number; pick: number; step: number; date: string }
  | { kind: 'doc'; tab: number; pick: number; date: string }
  | { kind: 'profile'; tab: number; name: string }
  | { kind: 'forget'; tab: number }
  | { kind: 'import'; tab: number; file: FileKind; pick: number; extra: number; confirm: boolean }
  | { kind: 'reload'; tab: number }
  | { kind: 'deliver'; tab: number }
  | { kind: 'time'; delta: number };
type FileKind = 'valid' | 'future' | 'oversized' | 'deleting' | 'hostile' | 'cp1251';

const tab = fc.integer({ min: 0, max: 1 });
const pick = fc.nat(20);
const word = fc.constantFrom('Ромашка', 'Петров', 'ООО «Лютик»', '', 'ИП Сидорова');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), tab, client: word }),
  fc.record({ kind: fc.constant('edit' as const), tab, pick, client: word }),
  fc.record({ kind: fc.constant('tick' as const), tab, pick, item: fc.nat(2), done: fc.boolean() }),
  fc.record({ kind: fc.constant('addEntry' as const), tab, pick, said: word }),
  fc.record({ kind: fc.constant('deleteEntry' as const), tab, pick, entry: pick }),
  fc.record({ kind: fc.constant('deleteCase' as const), tab, pick }),
  fc.record({ kind: fc.constant('part' as const), tab, pick, part: fc.nat(PART_NAMES.length - 1), value: word }),
  fc.record({
    kind: fc.constant('step' as const),
    tab,
    pick,
    step: fc.nat(STEP_IDS.length - 1),
    date: fc.constantFrom('2026-10-20', '2026-11-20', ''),
  }),
  fc.record({ kind: fc.constant('doc' as const), tab, pick, date: fc.constantFrom('2026-10-20', '2026-12-06') }),
  fc.record({ kind: fc.constant('profile' as const), tab, name: word }),
  fc.record({ kind: fc.constant('forget' as const), tab }),
  fc.record({
    kind: fc.constant('import' as const),
    tab,
    file: fc.constantFrom<FileKind>('valid', 'future', 'oversized', 'deleting', 'hostile', 'cp1251'),
    pick,
    extra: fc.nat(4),
    confirm: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('reload' as const), tab }),
  fc.record({ kind: fc.constant('deliver' as const), tab }),
  fc.record({ kind: fc.constant('time' as const), delta: fc.integer({ min: -days(1), max: days(400) }) }),
);

/** The same as the model, read from a state. */
function view(state: State): Model {
  const out: Model = { cases: new Map(), profile: state.profile?.value ? JSON.stringify(state.profile.value) : '' };
  for (const [id, c] of liveCases(state)) {
    const entries = new Map(liveEntries(c).map(([eid, e]) => [eid, e.said]));
    const ticks = new Map(
      Object.entries(c.ticks)
        .filter(([item]) => (ITEMS as readonly string[]).includes(item))
        .map(([item, t]) => [item, t.done]),
    );
    const map = <T>(r: Record<string, T>, f: (v: T) => string): Map<string, string> =>
      new Map(Object.entries(r).map(([k, v]) => [k, f(v)]));
    out.cases.set(id, {
      client: c.client,
      entries,
      ticks,
      parts: map(c.parts, (p) => JSON.stringify(p.value)),
      steps: map(c.steps, (t) => t.date),
      docs: map(c.docs, (d) => d.date),
    });
  }
  return out;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A backup file of the given kind, built from what a tab shows (as another device would have it). */
function backupFile(kind: FileKind, state: State, pickN: number, extra: number, seq: number, now: number) {
  const file = JSON.parse(exportBackup(state, new Date(now))) as {
    cases: Record<string, Record<string, unknown> & { log: Record<string, unknown> }>;
    [k: string]: unknown;
  };
  const ids = Object.keys(file.cases);
  const stamp = kind === 'future' ? 9e15 : now - days(1);
  // Change one of the user's cases as another device would (older, or stamped in the future).
  if (ids.length && kind !== 'deleting') {
    const c = file.cases[ids[pickN % ids.length]!]!;
    Object.assign(c, { client: `Изменено ${seq}`, updatedAt: stamp });
  }
  const fresh =
    kind === 'oversized'
      ? LIMITS.cases - liveCases(state).length + 1 + extra
      : kind === 'cp1251' || kind === 'hostile'
        ? extra + 1
        : extra;
  for (let i = 0; i < fresh; i++)
    file.cases[`imp-${seq}-${i}`] = {
      client: `Из файла ${i}`,
      amount: 100,
      dueDate: '',
      createdAt: stamp,
      updatedAt: stamp,
      ticks: { court: { done: true, at: stamp } },
      log: { [`ie-${seq}-${i}`]: entry(`Запись ${i}`, stamp) },
    };
  if (kind === 'deleting' && ids.length) {
    const c = file.cases[ids[pickN % ids.length]!]!;
    Object.assign(c, { deleted: true, updatedAt: 9e15, ticks: {}, log: {} });
  }
  const text = JSON.stringify(file);
  if (kind === 'hostile') {
    const variants = [
      text.replace('"cases":{', '"cases":{"__proto__":{"polluted":true},'),
      text.replace('"version":3', '"version":3,"version":3'),
      text.replace('"version":3', '"version":4'),
      text.replace(/"amount":\d+/, '"amount":1e300'),
      text.replace(/"date":"[^"]+"/, '"date":"0001-01-01"'),
      text.slice(0, text.length / 2),
    ];
    return encode(variants[pickN % variants.length]!);
  }
  if (kind === 'cp1251')
    return Uint8Array.from(
      [...text.replace('Из файла', '\u00c8\u00e7 \u00f4\u00e0\u00e9\u00eb\u00e0')].map((ch) => ch.charCodeAt(0) & 0xff),
    );
  return encode(text);
}

const entry = (said: string, at: number) => ({
  date: '2026-11-20',
  channel: 'call',
  said,
  agreed: '',
  next: '',
  nextDate: '',
  updatedAt: at,
});

function run(ops: Op[]): void {
  const storage = new FakeStorage();
  let wall = Date.UTC(2026, 10, 30);
  const now = (): number => wall;
  const open = (): Store => createStore({ storage: () => storage, now, knownIds: ITEMS });
  const tabs: Store[] = [open(), open()];
  const pending: (string | null)[][] = [[], []];
  let writer = -1;
  storage.onWrite = (key, value) => {
    if (key === STORAGE_KEY) pending.forEach((q, i) => i !== writer && q.push(value));
  };
  const model: Model = { cases: new Map(), profile: '' };
  let seq = 0;
  const act = (t: number, change: (s: State, at: number) => State): void => {
    writer = t;
    tabs[t]!.update(change);
    writer = -1;
    expect(tabs[t]!.get().persistence).toBe('saved');
  };
  const caseAt = (t: number, n: number): string | null => {
    const live = liveCases(tabs[t]!.get().state);
    return live.length ? live[n % live.length]![0] : null;
  };

  for (const o of ops) {
    seq++;
    if (o.kind === 'time') wall = Math.max(0, wall + o.delta);
    else if (o.kind === 'deliver') pending[o.tab]!.splice(0).forEach((v) => tabs[o.tab]!.receive(v));
    else if (o.kind === 'reload') {
      tabs[o.tab] = open();
      pending[o.tab] = [];
      expect(['ok', 'empty']).toContain(tabs[o.tab]!.get().outcome);
    } else if (o.kind === 'create') {
      const id = `c${seq}`;
      const room = liveCases(readStoredText(storage.getItem(STORAGE_KEY)).state).length < LIMITS.cases;
      act(o.tab, (s, at) => addCase(s, id, at, { client: o.client }));
      if (room) model.cases.set(id, newCase(o.client));
    } else if (o.kind === 'profile') {
      const value = { name: o.name };
      act(o.tab, (s, at) => setProfile(s, value, at));
      model.profile = JSON.stringify(value);
    } else if (o.kind === 'forget') {
      writer = o.tab;
      expect(tabs[o.tab]!.forget()).toBe(true);
      writer = -1;
      model.cases.clear();
      model.profile = '';
    } else if (o.kind === 'import') {
      pending[o.tab]!.splice(0).forEach((v) => tabs[o.tab]!.receive(v));
      const store = tabs[o.tab]!;
      const before = view(store.get().state).cases;
      const bytes = backupFile(o.file, store.get().state, o.pick, o.extra, seq, wall);
      const read = importBackupBytes(bytes, store.now());
      if (o.file === 'hostile' || o.file === 'cp1251') expect(read.ok).toBe(false);
      if (!read.ok) continue;
      const plan = planImport(store.get().state, read.state);
      if (o.file === 'oversized') expect(plan.ok).toBe(false);
      if (!plan.ok || !o.confirm) continue;
      act(o.tab, (s) => importCases(s, read.state));
      const afterView = view(store.get().state);
      const after = afterView.cases;
      model.profile = afterView.profile;
      const vanished = [...before.keys()].filter((id) => !after.has(id));
      const appeared = [...after.keys()].filter((id) => !before.has(id));
      expect([appeared.length, vanished.length]).toEqual([plan.added, plan.removed]);
      for (const id of vanished) expect(read.state.cases[id]?.deleted).toBe(true);
      // Cases the file touched now read as merged; every other case is exactly as the model has it.
      for (const id of Object.keys(read.state.cases)) {
        if (after.has(id)) model.cases.set(id, after.get(id)!);
        else model.cases.delete(id);
      }
    } else {
      const id = caseAt(o.tab, o.pick);
      if (!id) continue;
      const m = model.cases.get(id);
      if (o.kind === 'edit') {
        act(o.tab, (s, at) => updateCase(s, id, at, { client: o.client }));
        if (m) m.client = o.client;
      } else if (o.kind === 'tick') {
        const item = ITEMS[o.item]!;
        act(o.tab, (s, at) => setTick(s, id, item, o.done, at));
        if (m) m.ticks.set(item, o.done);
      } else if (o.kind === 'addEntry') {
        const eid = `e${seq}`;
        act(o.tab, (s, at) => saveEntry(s, id, eid, { ...entry(o.said, 0), channel: 'call' }, at));
        if (m) m.entries.set(eid, o.said);
      } else if (o.kind === 'deleteEntry') {
        const c = tabs[o.tab]!.get().state.cases[id]!;
        const live = liveEntries(c);
        if (!live.length) continue;
        const eid = live[o.entry % live.length]![0];
        act(o.tab, (s, at) => removeEntry(s, id, eid, at));
        m?.entries.delete(eid);
      } else if (o.kind === 'part') {
        const name = PART_NAMES[o.part]!;
        const value = name === 'claim' ? `debt=${o.value.length + 1}` : { name: o.value };
        act(o.tab, (s, at) => setPart(s, id, name, value, at));
        m?.parts.set(name, JSON.stringify(value));
      } else if (o.kind === 'step') {
        const step = STEP_IDS[o.step]!;
        act(o.tab, (s, at) => setStep(s, id, step, o.date, at));
        m?.steps.set(step, o.date);
      } else if (o.kind === 'doc') {
        const did = `d${seq}`;
        act(o.tab, (s, at) => recordDoc(s, id, did, { doc: 'claim', date: o.date, query: 'debt=1', inputs: {} }, at));
        m?.docs.set(did, o.date);
      } else {
        act(o.tab, (s, at) => removeCase(s, id, at));
        model.cases.delete(id);
      }
    }
    // What a fresh visit would read holds exactly what the user was told is saved.
    const saved = readStoredText(storage.getItem(STORAGE_KEY));
    expect(['ok', 'empty']).toContain(saved.outcome);
    expect(view(saved.state)).toEqual(model);
  }
}

describe('saved data is never lost without the user asking (model-based)', () => {
  it(`holds over random sequences of edits, imports, reloads and two tabs (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => run(ops)),
      { numRuns: RUNS },
    );
  }, 300_000);
});
