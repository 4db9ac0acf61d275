/**
 * Every document at once, for code that runs in one go (tests, a server or a script): the table's loaders
 * (catalog.ts), all awaited when this module loads. The page loads each builder on demand instead.
 */
import { DOC_IDS, loadBuilder, type Builder, type DocId } from './catalog';
import type { DocInput } from './inputs';
import type { DocModel } from './model';

const BUILDERS = Object.fromEntries(
  await Promise.all(DOC_IDS.map(async (id) => [id, await loadBuilder(id)] as const)),
) as Record<DocId, Builder>;

/** Build the document `id` from the input. */
export function buildDocument(id: DocId, input: DocInput): DocModel {
  return BUILDERS[id](input);
}
