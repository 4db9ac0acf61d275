import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/**
 * The JavaScript budgets live in one Markdown table, in a decision record; the end-to-end budget tests, the search
 * budget unit test and `npm run bench` read their limits from it. Plain TypeScript with type-only imports, so the
 * bench's .mjs files import it too (Node strips the types).
 */
const BUDGETS_FILE = fileURLToPath(new URL('../../../docs/decisions/112-js-budgets-table.md', import.meta.url));

/** One row of the table. */
export interface JsBudget {
  /** What the tests and the bench call the row: `budgetBytes('tree')`. */
  id: string;
  /** The page (or the action on a page) measured. */
  page: string;
  /** The budget, in KB (1,024 bytes) of gzip at level 6. */
  kb: number;
  /** What is counted and what is not. */
  counts: string;
  /** The test file that holds the budget test. */
  test: string;
}

const COLUMNS = { id: 'id', page: 'page', kb: 'kb gzip', counts: 'what counts', test: 'test' } as const;

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

const unquote = (cell: string): string => cell.replace(/^`(.*)`$/, '$1');

/**
 * The budget table of a Markdown text: the table whose header has the columns `id`, `page`, `KB gzip`, `what counts`
 * and `test` (any order). Throws a message naming the line when there is no such table, a row is malformed, a budget
 * is not a positive number or an id is repeated.
 */
export function parseBudgetTable(markdown: string): JsBudget[] {
  const lines = markdown.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => {
    const names = l.trim().startsWith('|') ? cellsOf(l).map((c) => c.toLowerCase()) : [];
    return Object.values(COLUMNS).every((name) => names.includes(name));
  });
  if (headerAt < 0) throw new Error(`budget table: no table with the columns ${Object.values(COLUMNS).join(', ')}`);
  const names = cellsOf(lines[headerAt] ?? '').map((c) => c.toLowerCase());
  const column = (name: string): number => names.indexOf(name);
  if (!/^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[headerAt + 1] ?? ''))
    throw new Error(`budget table, line ${headerAt + 2}: expected the |---| line under the header`);
  const rows: JsBudget[] = [];
  for (let i = headerAt + 2; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) {
    const cells = cellsOf(lines[i] ?? '');
    const where = `budget table, line ${i + 1}`;
    if (cells.length !== names.length)
      throw new Error(`${where}: ${cells.length} cells, the header has ${names.length}`);
    const cell = (name: string): string => cells[column(name)] ?? '';
    const id = unquote(cell(COLUMNS.id));
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`${where}: the id «${id}» is not [a-z0-9-]`);
    if (rows.some((r) => r.id === id)) throw new Error(`${where}: the id «${id}» is already in the table`);
    const kbText = cell(COLUMNS.kb);
    if (!/^\d+(\.\d+)?$/.test(kbText) || Number(kbText) <= 0)
      throw new Error(`${where}: the budget «${kbText}» is not a positive number of KB`);
    const test = unquote(cell(COLUMNS.test));
    if (!/^tests\/\S+\.ts$/.test(test)) throw new Error(`${where}: the test «${test}» is not a path under tests/`);
    rows.push({ id, page: cell(COLUMNS.page), kb: Number(kbText), counts: cell(COLUMNS.counts), test });
  }
  if (rows.length === 0) throw new Error(`budget table, line ${headerAt + 1}: the table has no rows`);
  return rows;
}

/** The table in BUDGETS_FILE. */
export function jsBudgets(): JsBudget[] {
  return parseBudgetTable(readFileSync(BUDGETS_FILE, 'utf8'));
}

/** The budget of a row in KB (gzip); throws for an id the table does not have. */
export function budgetKb(id: string): number {
  const row = jsBudgets().find((r) => r.id === id);
  if (!row) throw new Error(`${BUDGETS_FILE}: no budget «${id}»`);
  return row.kb;
}

/** The budget of a row in bytes (gzip). */
export function budgetBytes(id: string): number {
  return Math.round(budgetKb(id) * 1024);
}

/**
 * Start counting the JavaScript a page downloads; the returned function stops counting and gives the total in
 * bytes, gzip level 6 (as a typical static server sends it). Call before `page.goto`, read after the page is idle.
 * Scripts fetched after the reading (code loaded on a later action) are not counted and not read, so no body
 * request outlives the test.
 */
/**
 * The case store's files, which every tool may load on top of its budget (issue 22; decision 113): the store
 * itself (astro.config.mjs `case-store`), the page's one store (use-case.ts) and what a tool loads with it — its
 * actions, the tools' bridge (case-link, case-tools, tool-part), the documents' old store's reader and new ids. A
 * visitor with nothing saved loads none of them until a calculation makes the first case.
 */
const CASE_STORE_FILE =
  /\/_astro\/(case-store|case-key|use-case|case-link|case-tools|tool-part|actions|legacy|backup-file)\.[\w-]+\.js$/;

/** Whether a script (its path or address) is one of the case store's files, counted on top of a page's budget. */
export const isCaseStoreFile = (path: string): boolean => CASE_STORE_FILE.test(path);

/** Count the gzip bytes of every script the page fetches from now, except the case store's files. */
export function countScriptBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  const onResponse = (res: Response) => {
    if (res.request().resourceType() === 'script' && !isCaseStoreFile(new URL(res.url()).pathname))
      sizes.push(res.body().then((b) => gzipSync(b, { level: 6 }).length));
  };
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  };
}
