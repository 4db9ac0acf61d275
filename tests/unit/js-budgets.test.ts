/**
 * The JavaScript budgets table (docs/decisions/112-js-budgets-table.md): its reader, and that every row has a test
 * that reads its limit from it and every budget a test asks for is in the table.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsBudgets, parseBudgetTable } from '../e2e/support/budget';

const TABLE = `# A record

Some text | with a pipe that is not a table.

| id | page | KB gzip | what counts | test |
| --- | --- | --- | --- | --- |
| \`tree\` | a question | 12 | every script file | \`tests/e2e/decision-tree.spec.ts\` |
| \`claim\` | \`/claim/\` | 20.5 | scripts, not the result's code \\| nor the export | \`tests/e2e/claim.spec.ts\` |

After the table.

| a | b |
| --- | --- |
| 1 | 2 |
`;

const withRow = (row: string): string => TABLE.replace('\n\nAfter the table.', `\n${row}\n\nAfter the table.`);

describe('the budget table reader', () => {
  it('reads each row: id, page, budget in KB, what counts and the test file', () => {
    expect(parseBudgetTable(TABLE)).toEqual([
      { id: 'tree', page: 'a question', kb: 12, counts: 'every script file', test: 'tests/e2e/decision-tree.spec.ts' },
      {
        id: 'claim',
        page: '`/claim/`',
        kb: 20.5,
        counts: "scripts, not the result's code | nor the export",
        test: 'tests/e2e/claim.spec.ts',
      },
    ]);
  });

  it('finds the table by its columns, in any order and with any padding', () => {
    const table = `|test|   KB gzip |id|what counts|page|\n|:--|--:|---|---|---|\n|\`tests/x.spec.ts\`|  15 |checklist|all|/checklist/|\n`;
    expect(parseBudgetTable(table)).toEqual([
      { id: 'checklist', page: '/checklist/', kb: 15, counts: 'all', test: 'tests/x.spec.ts' },
    ]);
  });

  it.each([
    ['no table with those columns', TABLE.replace('KB gzip', 'KB'), /no table with the columns/],
    [
      'no rule under the header',
      TABLE.replace('| --- | --- | --- | --- | --- |\n', ''),
      /line 6: expected the \|---\|/,
    ],
    [
      'a row with a missing cell',
      withRow('| `docs` | /documents/ | 25 | scripts |'),
      /line 9: 4 cells, the header has 5/,
    ],
    ['a budget that is not a number', withRow('| `docs` | /documents/ | 25 KB | x | `tests/a.ts` |'), /«25 KB» is not/],
    ['a budget of zero', withRow('| `docs` | /documents/ | 0 | x | `tests/a.ts` |'), /«0» is not a positive/],
    ['a decimal comma', withRow('| `docs` | /documents/ | 24,5 | x | `tests/a.ts` |'), /«24,5» is not/],
    ['a repeated id', withRow('| `tree` | again | 13 | x | `tests/a.ts` |'), /line 9: the id «tree» is already/],
    ['an id with capitals', withRow('| `Docs` | /documents/ | 25 | x | `tests/a.ts` |'), /«Docs» is not/],
    ['a test outside tests/', withRow('| `docs` | /documents/ | 25 | x | `src/a.ts` |'), /«src\/a.ts» is not a path/],
    ['a table without rows', TABLE.replace(/\| `tree`.*\n\| `claim`.*\n/, ''), /has no rows/],
  ])('refuses %s, naming the line', (_what, markdown, message) => {
    expect(() => parseBudgetTable(markdown)).toThrow(message);
  });
});

describe('the budgets of the site', () => {
  const budgets = jsBudgets();

  it.each(budgets.map((b) => [b.id, b.test] as const))('«%s» has a budget test in %s that reads it', (id, test) => {
    expect(existsSync(test), test).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain(`toBeLessThanOrEqual(budgetBytes('${id}'))`);
  });

  it('every budget a test asks for is in the table', () => {
    const testFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? testFiles(join(dir, e.name)) : /\.(spec|test)\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const asked = testFiles('tests').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/budget(?:Bytes|Kb)\('([^'$]*)'\)/g)].map((m) => `${m[1]} (${f})`),
    );
    const ids = new Set(budgets.map((b) => b.id));
    expect(asked.length).toBeGreaterThanOrEqual(budgets.length);
    expect(asked.filter((a) => !ids.has(a.split(' ')[0] ?? ''))).toEqual([]);
  });
});
