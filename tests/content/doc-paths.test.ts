/**
 * The how-to files point at real files: every repository path in backticks in CONTRIBUTING.md, README.md and the
 * checklist's README exists, so a file that moves or goes leaves no stale pointer behind. A path with a placeholder
 * (`src/lib/<tool>/`, `docs/decisions/NNN-slug.md`) must exist up to the placeholder; a glob
 * (`docs/decisions/060-*`) must match a file; a bare file name (`url-state.ts`, a name every tool uses) must be the
 * name of a file at the root or in one of the top-level folders. Fenced code blocks (commands, examples) are not read.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FILES = ['CONTRIBUTING.md', 'README.md', 'content/checklists/README.md'];
const TOP_FOLDERS = ['src', 'content', 'tests', 'docs', 'scripts', 'public', '.ci'];
const read = (file: string): string => readFileSync(join(process.cwd(), file), 'utf8');

/** The inline code spans of a Markdown text, fenced blocks left out. */
function codeSpans(markdown: string): string[] {
  const prose = markdown.replace(/^ *```[^\n]*\n[\s\S]*?^ *```$/gm, '');
  return [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
}

/** Whether a code span names a file or folder of the repository: under a top-level folder, or a root file. */
function isRepoPath(span: string): boolean {
  if (/\s/.test(span)) return false;
  if (TOP_FOLDERS.some((top) => span.startsWith(`${top}/`))) return true;
  return /^\.?[\w-]+(\.[\w-]+)*\.(ts|tsx|mjs|js|json|md|mdx|astro|css)$/.test(span);
}

/** A path segment that stands for a name: `<tool>`, `NNN-slug.md`, `…`; or a glob: `060-*`. */
const PLACEHOLDER = /[<>…]|NNN/;
const GLOB = /\*/;

/** A file-name pattern with `*` as a regular expression. */
const globRe = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The names of the files under `dir`, at any depth. */
function fileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fileNames(join(dir, e.name)) : [e.name],
  );
}

/** Why a path does not exist under `root`, or null when it does. */
function missing(path: string, root = process.cwd()): string | null {
  if (!path.includes('/') && !existsSync(join(root, path))) {
    if (PLACEHOLDER.test(path)) return null;
    const names = TOP_FOLDERS.filter((top) => existsSync(join(root, top))).flatMap((top) => fileNames(join(root, top)));
    return names.some((name) => globRe(path).test(name)) ? null : `no file is named ${path}`;
  }
  const parts = path.replace(/\/$/, '').split('/');
  let at = root;
  for (const [i, part] of parts.entries()) {
    const here = parts.slice(0, i).join('/') || '.';
    if (PLACEHOLDER.test(part)) return existsSync(at) && statSync(at).isDirectory() ? null : `${here} does not exist`;
    if (GLOB.test(part)) {
      return existsSync(at) && readdirSync(at).some((name) => globRe(part).test(name))
        ? null
        : `nothing in ${here} matches ${part}`;
    }
    at = join(at, part);
    if (!existsSync(at)) return `${parts.slice(0, i + 1).join('/')} does not exist`;
  }
  return path.endsWith('/') && !statSync(at).isDirectory() ? `${path} is a file, not a folder` : null;
}

describe('the path reader', () => {
  it('finds a code span broken over two lines, outside fences only', () => {
    expect(brokenSpans('one `span`\nbroken `npm\nrun` here\n```\n` in a fence\n```')).toEqual([2, 3]);
  });

  it('reads inline code and leaves fenced blocks out', () => {
    const md =
      'See `src/lib/site/routes.ts` and `npm test`.\n\n```sh\nnpx vitest run `tests/nowhere.ts`\n```\nThen `README.md`.';
    expect(codeSpans(md)).toEqual(['src/lib/site/routes.ts', 'npm test', 'README.md']);
  });

  it('takes repository paths and root files, not commands, routes or words', () => {
    const paths = ['src/lib/', 'docs/decisions/060-*', '.ci/run', 'package.json', '.htmlvalidate.mjs'];
    const others = ['/claim/', 'npm run bench', 'DOC_IDS', 'rate', 'dist/', 'E2E_PORT=4414', '.md'];
    expect(paths.filter((p) => !isRepoPath(p))).toEqual([]);
    expect(others.filter(isRepoPath)).toEqual([]);
  });

  it('finds what is missing, up to a placeholder, and globs that match nothing', () => {
    expect(missing('src/lib/site/routes.ts')).toBeNull();
    expect(missing('src/lib/<tool>/url-state.ts')).toBeNull();
    expect(missing('docs/decisions/060-*')).toBeNull();
    expect(missing('docs/decisions/NNN-slug.md')).toBeNull();
    expect(missing('src/lib/site/routes.tsx')).toBe('src/lib/site/routes.tsx does not exist');
    expect(missing('src/lib/nowhere/<tool>.ts')).toBe('src/lib/nowhere does not exist');
    expect(missing('docs/decisions/999-*')).toBe('nothing in docs/decisions matches 999-*');
    expect(missing('package.json/')).toBe('package.json/ is a file, not a folder');
    expect(missing('url-state.ts')).toBeNull();
    expect(missing('nowhere-state.ts')).toBe('no file is named nowhere-state.ts');
  });
});

/** Lines (outside fenced blocks) with an odd number of backticks: a code span broken over two lines, unread here. */
function brokenSpans(markdown: string): number[] {
  let fenced = false;
  return markdown.split('\n').flatMap((line, i) => {
    if (/^ *```/.test(line)) fenced = !fenced;
    else if (!fenced && (line.match(/`/g) ?? []).length % 2 === 1) return [i + 1];
    return [];
  });
}

describe.each(FILES)('%s', (file) => {
  const paths = [...new Set(codeSpans(read(file)).filter(isRepoPath))];

  it('keeps each code span on one line', () => {
    expect(brokenSpans(read(file))).toEqual([]);
  });

  it('names repository paths', () => {
    expect(paths.length).toBeGreaterThan(file === 'CONTRIBUTING.md' ? 50 : 2);
  });

  it('names only paths that exist', () => {
    expect(paths.map((p) => [p, missing(p)]).filter(([, why]) => why !== null)).toEqual([]);
  });
});

describe('README.md', () => {
  it('links CONTRIBUTING.md', () => {
    expect(read('README.md')).toMatch(/\]\(CONTRIBUTING\.md\)/);
  });
});
