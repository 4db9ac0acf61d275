/**
 * The decision records (docs/decisions/): each is `NNN-slug.md`, opens with `# NNN — title`, and says right under the
 * title whether it still holds — `Status: Accepted.`, `Status: Amended by NNN[, NNN].` or `Status: Superseded by NNN.`
 * — naming only later records that exist.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'docs', 'decisions');

/** The status a record states, or the reason it states none the way every record must. */
function statusOf(markdown: string): { kind: 'accepted' | 'amended' | 'superseded'; by: string[] } | string {
  const lines = markdown.split(/\r?\n/);
  const at = lines.findIndex((l, i) => i > 0 && l.trim() !== '');
  const line = lines[at] ?? '';
  if (!line.startsWith('Status:')) return `the first line under the title is not a Status line: «${line}»`;
  if (lines.some((l, i) => i !== at && /^\**Status\b/i.test(l))) return 'a second Status line';
  const m = /^Status: (?:(Accepted)|Amended by (\d{3}(?:, \d{3})*)|Superseded by (\d{3}))\.$/.exec(line);
  if (!m) return `«${line}» is not «Status: Accepted.», «Status: Amended by NNN.» or «Status: Superseded by NNN.»`;
  if (m[1]) return { kind: 'accepted', by: [] };
  if (m[2]) return { kind: 'amended', by: m[2].split(', ') };
  return { kind: 'superseded', by: [m[3] ?? ''] };
}

describe('a record’s Status line', () => {
  const record = (status: string) => `# 020 — A title\n\n${status}\n\n**Context.** Text.\n`;
  it.each([
    ['Status: Accepted.', { kind: 'accepted', by: [] }],
    ['Status: Amended by 090.', { kind: 'amended', by: ['090'] }],
    ['Status: Amended by 090, 091.', { kind: 'amended', by: ['090', '091'] }],
    ['Status: Superseded by 112.', { kind: 'superseded', by: ['112'] }],
  ])('reads «%s»', (line, expected) => {
    expect(statusOf(record(line))).toEqual(expected);
  });

  it.each([
    ['no Status line', '**Context.** Text.'],
    ['a lower-case status', 'Status: accepted (2026-12-01).'],
    ['a status with more after it', 'Status: Accepted. Code: `src/lib/claim/`.'],
    ['a number that is not three digits', 'Status: Superseded by 12.'],
    ['a bold Status', '**Status:** Accepted.'],
    ['two Status lines', 'Status: Accepted.\n\nStatus: Superseded by 112.'],
  ])('refuses %s', (_what, line) => {
    expect(statusOf(record(line))).toEqual(expect.any(String));
  });
});

describe('the decision records', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));
  const numbers = files.map((f) => f.slice(0, 3));

  it('are named NNN-slug.md, one number each', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^\d{3}-[a-z0-9-]+\.md$/.test(f))).toEqual([]);
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i)).toEqual([]);
  });

  it.each(files)('%s opens with its number and title, then its Status, naming later records that exist', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const n = file.slice(0, 3);
    expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${n} — \\S`));
    const status = statusOf(text);
    if (typeof status === 'string') expect.fail(`${file}: ${status}`);
    for (const by of status.by) {
      expect(numbers, `${file} names ${by}`).toContain(by);
      expect(Number(by), `${file} is ${status.kind} by an earlier record, ${by}`).toBeGreaterThan(Number(n));
    }
  });
});
