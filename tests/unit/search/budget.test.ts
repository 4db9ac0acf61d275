import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildIndex } from '../../../src/lib/search/build-index';
import { mdxToText } from '../../../src/lib/search/markdown-text';
import { Searcher } from '../../../src/lib/search/searcher';
import { BENCH_QUERIES, keystrokes, sentencePool, syntheticSite } from '../../../scripts/bench/search-corpus';
import { FIXTURE } from './fixture';

const gz = (s: string): number => gzipSync(s, { level: 6 }).length;

/** The guide's sections as title + text (the real content when present, else the fixture). */
function guideTexts(): { title: string; text: string }[] {
  const dir = join(process.cwd(), 'content', 'guide');
  if (!existsSync(dir)) return FIXTURE;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/^#{2,3} /m)
        .slice(1)
        .map((part) => ({ title: part.split('\n')[0] ?? '', text: mdxToText(part.slice(part.indexOf('\n'))) })),
    );
}

/** The search module as the browser gets it, minified. */
async function moduleGzip(): Promise<number> {
  const out = await build({
    entryPoints: ['src/islands/search/search-ui.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return gz(out.outputFiles[0]?.text ?? '');
}

describe('search stays within its budgets at 1,000 generated guide pages', () => {
  const site = syntheticSite(sentencePool(guideTexts()), 1000);
  const files = buildIndex(site);
  const searcher = new Searcher(files.core, async (kind, n) => (kind === 't' ? files.postings[n] : files.docs[n]));

  test('first open (module + core index) loads less than Pagefind does at that size (130 KB gzip)', async () => {
    const total = (await moduleGzip()) + gz(JSON.stringify(files.core));
    expect(total).toBeLessThan(130 * 1024);
  });

  test('each keystroke is answered in under 16 ms (p95, Node)', async () => {
    // Each keystroke's best of three runs: the machine running the tests may be busy with other work, and
    // a run interrupted by the scheduler says nothing about the search.
    const strokes = keystrokes(BENCH_QUERIES);
    for (const q of strokes) await searcher.search(q);
    const times: number[] = [];
    for (const q of strokes) {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        await searcher.search(q);
        best = Math.min(best, performance.now() - t);
      }
      times.push(best);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.95)]).toBeLessThan(16);
  }, 60_000);

  test('the word forms, typo and wrong layout still find the advice at that size', async () => {
    for (const q of ['рассрочку', 'hfcchjxrf', 'претензя']) expect((await searcher.search(q)).total).toBeGreaterThan(0);
  });
});
