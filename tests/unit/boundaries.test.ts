/**
 * The rules of the house as a test (as Starlight guards its own): src/lib imports neither Preact nor astro:*;
 * nothing an island loads at run time imports zod (schemas are build-time only); no import cycle in src.
 * A small import-graph reader: static `import … from`, `export … from` and dynamic `import()`; `import type`
 * and `export type` are left out, as they vanish from the build.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs', '.js'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return EXTENSIONS.some((e) => name.endsWith(e)) ? [full] : [];
  });
}

/** The static run-time import specifiers of a file (type-only imports excluded). */
export function importsOf(code: string): string[] {
  const specs: string[] = [];
  const statement = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statement)) if (!m[2]) specs.push(m[3] ?? '');
  return specs;
}

/** The dynamic `import()` specifiers of a file: code loaded on the user's action. */
export function dynamicImportsOf(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '');
}

/** The file a relative specifier names, or null for a package (or a file outside src). */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const found = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))].find(
    (p) => existsSync(p) && statSync(p).isFile(),
  );
  return found && found.startsWith(SRC) ? found : null;
}

const files = sourceFiles(SRC);
const graph = new Map<string, { local: string[]; all: string[]; packages: string[] }>(
  files.map((f) => {
    const code = f.endsWith('.astro')
      ? (/^---\n([\s\S]*?)\n---/.exec(readFileSync(f, 'utf8'))?.[1] ?? '')
      : readFileSync(f, 'utf8');
    const specs = importsOf(code);
    const all = [...specs, ...dynamicImportsOf(code)];
    return [
      f,
      {
        local: specs.map((s) => resolveLocal(f, s)).filter((p): p is string => p !== null),
        all: all.map((s) => resolveLocal(f, s)).filter((p): p is string => p !== null),
        packages: all.filter((s) => !s.startsWith('.')),
      },
    ];
  }),
);
const rel = (f: string): string => relative(process.cwd(), f);

/** Every cycle of local run-time imports, each as the list of files around it. */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import reader and cycle finder', () => {
  it('reads run-time imports and skips type-only ones', () => {
    const code = `import a from './a';\nimport type { B } from './b';\nexport { c } from "./c";\nexport type { D } from './d';\nconst e = await import('./e');\nimport './f.css';`;
    expect(importsOf(code)).toEqual(['./a', './c', './f.css']);
    expect(dynamicImportsOf(code)).toEqual(['./e']);
  });

  it('finds a cycle and only real ones', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('boundaries of src/', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('src/lib imports neither Preact nor astro:*', () => {
    const bad = [...graph]
      .filter(([f]) => f.startsWith(join(SRC, 'lib')))
      .flatMap(([f, { packages }]) =>
        packages.filter((p) => /^(preact|astro:)/.test(p)).map((p) => `${rel(f)} → ${p}`),
      );
    expect(bad).toEqual([]);
  });

  it('nothing an island loads on page load imports zod (code imported on the user’s action may)', () => {
    const bad: string[] = [];
    const seen = new Set<string>();
    const walk = (f: string, trail: string[]): void => {
      if (seen.has(f)) return;
      seen.add(f);
      const node = graph.get(f);
      if (!node) return;
      if (node.packages.some((p) => p === 'zod' || p.startsWith('zod/'))) bad.push([...trail, f].map(rel).join(' → '));
      for (const next of node.local) walk(next, [...trail, f]);
    };
    // An island's `on-demand.ts` is loaded only by a dynamic import() (checked below), so it may reach zod.
    const onLoad = files.filter((x) => x.startsWith(join(SRC, 'islands')) && !x.endsWith(`${sep}on-demand.ts`));
    for (const f of onLoad) walk(f, []);
    expect(bad).toEqual([]);
  });

  it('an on-demand.ts module is only ever imported dynamically', () => {
    const bad = [...graph].flatMap(([f, { local }]) =>
      local.filter((to) => to.endsWith(`${sep}on-demand.ts`)).map((to) => `${rel(f)} → ${rel(to)}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no import cycle', () => {
    const edges = new Map([...graph].map(([f, { all }]) => [f, all]));
    expect(cycles(edges).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });
});

/**
 * Each URL format has one owner (issue 19): the claim calculator's parameters belong to src/lib/claim/url-state.ts,
 * the payment calculator's to src/lib/calculator/url-state.ts. No other file reads one by name
 * (`.get/.getAll/.has('debt')`), writes one into a query string (`debt=`), or names a form field after one in a
 * form that submits to a tool (`name="amount"` with method="get"): they call the owner's functions and lists.
 */
export function urlOwnerBreaches(code: string, names: readonly string[]): string[] {
  const alt = names.join('|');
  const found: string[] = [];
  const read = new RegExp(String.raw`\.(?:get|getAll|has)\(\s*['"\`](${alt})['"\`]\s*\)`, 'g');
  const write = new RegExp(String.raw`(?:^|[?&'"\`])(${alt})=(?!=)`, 'gm');
  for (const m of code.matchAll(read)) found.push(m[0]);
  for (const m of code.matchAll(write)) found.push(m[0].trim());
  if (/method=["']get["']/i.test(code))
    for (const m of code.matchAll(new RegExp(String.raw`\bname=["'](${alt})["']`, 'g'))) found.push(m[0]);
  return found;
}

describe('URL formats have one owner', async () => {
  const { CLAIM_PARAMS } = await import('../../src/lib/claim/url-state');
  const { CALC_PARAMS } = await import('../../src/lib/calculator/url-params');
  const owners = ['claim', 'calculator'].flatMap((tool) =>
    ['url-state.ts', 'url-params.ts'].map((f) => join(SRC, 'lib', tool, f)),
  );
  const names = [...new Set<string>([...CLAIM_PARAMS, ...CALC_PARAMS])];

  it('the breach finder sees reads, writes and form fields by a parameter’s name, and nothing else', () => {
    expect(urlOwnerBreaches(`p.get('debt'); q.getAll("pay"); u.has('amount')`, names)).toHaveLength(3);
    expect(urlOwnerBreaches('const q = `debt=${x}&from=plan`;', names)).toEqual(['`debt=', '&from=']);
    expect(urlOwnerBreaches(`<form method="get"><input name="amount" /></form>`, names)).toEqual(['name="amount"']);
    expect(urlOwnerBreaches(`<input name="amount" />; a.debt = 1; x === y; p.get(DEBT)`, names)).toEqual([]);
  });

  it('no file but the owners reads or writes a claim or calculator parameter by name', () => {
    const bad = files
      .filter((f) => !owners.includes(f))
      .flatMap((f) => urlOwnerBreaches(readFileSync(f, 'utf8'), names).map((b) => `${rel(f)}: ${b}`));
    expect(bad).toEqual([]);
  });
});
