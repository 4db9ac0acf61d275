// Bundles the search library (TypeScript) for the bench, which runs on plain Node.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** The search library and the synthetic corpus, importable from .mjs. */
export async function loadSearchLib() {
  const out = await build({
    stdin: {
      contents: [
        "export * from './src/lib/search/build-index.ts';",
        "export * from './src/lib/search/searcher.ts';",
        "export { shardData, shardFile } from './src/lib/search/format.ts';",
        "export * from './scripts/bench/search-corpus.ts';",
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** gzip size (level 6, as a typical static server sends it). */
export const gz = (data) => gzipSync(typeof data === 'string' ? data : JSON.stringify(data), { level: 6 }).length;

/** Median and 95th percentile of a list of numbers. */
function percentiles(list) {
  const s = [...list].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Per-keystroke latency of a searcher: every prefix of every query, after one warm-up pass. */
export async function keystrokeLatency(searcher, strokes) {
  for (const q of strokes) await searcher.search(q);
  const times = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const q of strokes) {
      const t = performance.now();
      await searcher.search(q);
      times.push(performance.now() - t);
    }
  }
  return percentiles(times);
}
