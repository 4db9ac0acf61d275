import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../../src/lib/format/date';
import { LEGAL_FACTS_CHECKED } from '../../src/lib/legal/facts-date';

const DIR = join(process.cwd(), 'content', 'guide');
const files = readdirSync(DIR).filter((f) => /\.mdx?$/.test(f));
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');

describe('the real guide content', () => {
  it('has the pages the product promises', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.filter((f) => f.endsWith('.md')))('%s: a Markdown page uses no component (those need .mdx)', (file) => {
    const body = read(file).split(/^---$/m).slice(2).join('---');
    expect(body).not.toMatch(/^import\s|<[A-Z][A-Za-z]*[\s/>]/m);
  });

  it.each(files)('%s: a blank line follows the import block and there is no h1', (file) => {
    const body = read(file).split(/^---$/m).slice(2).join('---');
    const lines = body.split('\n');
    const lastImport = lines.findLastIndex((l) => l.startsWith('import '));
    if (lastImport >= 0) expect(lines[lastImport + 1]?.trim()).toBe('');
    expect(lines.some((l) => /^# /.test(l))).toBe(false);
  });

  it.each(files)('%s: every LegalFact names its source and an as-of date no later than the facts check', (file) => {
    const facts = [...read(file).matchAll(/<LegalFact\s+([^>]*)>/g)].map((m) => m[1] ?? '');
    for (const attrs of facts) {
      const source = /source="([^"]+)"/.exec(attrs)?.[1];
      const asOf = /asOf="([^"]+)"/.exec(attrs)?.[1] ?? '';
      expect(source, `${file}: LegalFact without source`).toBeTruthy();
      const date = parseIsoDate(asOf);
      expect(date, `${file}: bad asOf ${asOf}`).not.toBeNull();
      expect(asOf <= LEGAL_FACTS_CHECKED, `${file}: asOf ${asOf} is after the facts were checked`).toBe(true);
    }
  });

  it.each(files)('%s: pages that state legal facts are marked legal, and legal pages state some', (file) => {
    const text = read(file);
    const marked = /^legal:\s*true\s*$/m.test(text);
    const states = text.includes('<LegalFact');
    expect(marked).toBe(states);
  });
});
