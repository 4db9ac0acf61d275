import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../_sources';
import { shardFile } from '../../../lib/search/format';

/** The search index files: core.json, then the postings (t*) and document (d*) shards. */
export const getStaticPaths = (async () => {
  const { core, postings, docs } = await searchIndex();
  const file = (name: string, data: unknown) => ({
    params: { file: name.replace(/\.json$/, '') },
    props: { body: JSON.stringify(data) },
  });
  return [
    file('core.json', core),
    ...postings.map((p, n) => file(shardFile('t', n, core.hash), p)),
    ...docs.map((d, n) => file(shardFile('d', n, core.hash), d)),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
