import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { searchIndex } from '../_sources';
import { CORE_FILE, shardFile } from '../../../lib/search/format';

/**
 * The search index files, gzip-compressed JSON (the browser decompresses them): core.json.gz, then the
 * buckets (b*) and document shards (d*).
 */
export const getStaticPaths = (async () => {
  const { core, buckets, docs } = await searchIndex();
  const file = (name: string, data: unknown) => ({
    params: { file: name },
    props: { body: gzipSync(JSON.stringify(data), { level: 9 }) },
  });
  return [
    file(CORE_FILE, core),
    ...buckets.map((b, n) => file(shardFile('b', n, core.hash), b)),
    ...docs.map((d, n) => file(shardFile('d', n, core.hash), d)),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array((props as { body: Buffer }).body), { headers: { 'Content-Type': 'application/gzip' } });
