import { addCase, saveEntry, setTick } from '../../../src/lib/case/actions';
import { emptyState, type State } from '../../../src/lib/case/stored-state';

/** A state with two cases, ticks and a log entry. */
export function sample(): State {
  let s = addCase(emptyState(), 'case-a', 10, { client: 'ООО «Ромашка»', amount: 8_000_050, dueDate: '2026-11-27' });
  s = setTick(s, 'case-a', 'find-reason', true, 11);
  s = setTick(s, 'case-a', 'listen', false, 12);
  s = saveEntry(
    s,
    'case-a',
    'e1',
    {
      date: '2026-11-20',
      channel: 'call',
      said: 'Обещал',
      agreed: 'До 1 декабря',
      next: 'Напомнить',
      nextDate: '2026-12-01',
    },
    13,
  );
  s = addCase(s, 'case-b', 14, { client: 'ИП Петров' });
  return s;
}

/** A state as plain JSON data (prototypes dropped), for comparing. */
export const plain = (s: unknown): unknown => JSON.parse(JSON.stringify(s));

/** An in-memory Web Storage shared by "tabs", with switches to make it fail, and the writes it saw. */
export class FakeStorage {
  data = new Map<string, string>();
  full = false;
  /** Called after every successful write of `key` (a test delivers it as another tab's storage event). */
  onWrite: (key: string, value: string) => void = () => {};
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
    this.onWrite(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
    this.onWrite(key, '');
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  get length(): number {
    return this.data.size;
  }
  /** Keys that start with `prefix`. */
  keys(prefix: string): string[] {
    return [...this.data.keys()].filter((k) => k.startsWith(prefix));
  }
}
