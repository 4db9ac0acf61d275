import { expect, test } from 'vitest';
import { BOOTSTRAP_SCRIPT } from '../../../src/lib/search/bootstrap';

test('the inline bootstrap is valid JavaScript and well under 1 KB', () => {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiling the inline script is what this test checks
  expect(() => new Function(BOOTSTRAP_SCRIPT)).not.toThrow();
  expect(new TextEncoder().encode(BOOTSTRAP_SCRIPT).length).toBeLessThan(950);
});

type Handler = (e: unknown) => void;

/**
 * Runs the bootstrap against a stand-in page. Its one dynamic import is routed to a stand-in search module
 * (the test runner does not allow `import()` from `new Function` code) that records how it was called.
 */
function runBootstrap(): { button: object; fire: (type: string, e: object) => void; opened: Promise<unknown[]> } {
  const on = new Map<string, Handler>();
  const listen = (type: string, fn: Handler): void => void on.set(type, fn);
  let done: (args: unknown[]) => void = () => undefined;
  const opened = new Promise<unknown[]>((resolve) => (done = resolve));
  const module = { openDialog: (...args: unknown[]) => done(args) };
  const button = {
    dataset: { searchModule: '/search-module.js' },
    classList: { add: () => undefined },
    setAttribute: () => undefined,
    addEventListener: (type: string, fn: Handler) => listen(`button:${type}`, fn),
  };
  const doc = {
    querySelector: (sel: string) => (sel === '[data-search-open]' ? button : null),
    addEventListener: listen,
  };
  expect(BOOTSTRAP_SCRIPT.split('import(')).toHaveLength(2);
  const script = BOOTSTRAP_SCRIPT.replace('import(', 'load(');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the inline script as the page does, with stand-ins
  const run = new Function('document', 'location', 'load', script) as (...args: unknown[]) => void;
  run(doc, { search: '', href: '/search/' }, () => Promise.resolve(module));
  return { button, opened, fire: (type, e) => on.get(type)?.({ preventDefault: () => undefined, ...e }) };
}

test('Ctrl+K hands the search module the element that had focus, so Esc can return there', async () => {
  const { button, fire, opened } = runBootstrap();
  const field = { tagName: 'INPUT', isContentEditable: false };
  fire('keydown', { ctrlKey: true, code: 'KeyK', key: 'k', target: field });
  const [b, from] = await opened;
  expect(b).toBe(button);
  expect(from).toBe(field);
});

test('"/" outside a field opens search too, from the element that had focus', async () => {
  const { button, fire, opened } = runBootstrap();
  const link = { tagName: 'A', isContentEditable: false };
  fire('keydown', { key: '/', target: link });
  const [b, from] = await opened;
  expect(b).toBe(button);
  expect(from).toBe(link);
});

test('"/" typed in a field stays in the field, and other keys open nothing', async () => {
  const { fire, opened } = runBootstrap();
  for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) fire('keydown', { key: '/', target: { tagName } });
  fire('keydown', { key: '/', target: { tagName: 'DIV', isContentEditable: true } });
  fire('keydown', { key: '/', ctrlKey: true, target: { tagName: 'A' } });
  fire('keydown', { key: 'ArrowUp', target: { tagName: 'A' } });
  fire('keydown', { key: ' ', target: { tagName: 'A' } });
  const none = Symbol('none');
  const first = await Promise.race([opened, new Promise((r) => setTimeout(() => r(none), 20))]);
  expect(first).toBe(none);
});
