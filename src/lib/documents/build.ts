/** One entry point: the document for an id. */
import { claim } from './claim';
import { courtOrder } from './court-order';
import { guarantee } from './guarantee';
import { installment } from './installment';
import type { DocInput } from './inputs';
import type { DocId, DocModel } from './model';
import { reconciliation } from './reconciliation';
import { reminder } from './reminder';

const BUILDERS: Record<DocId, (input: DocInput) => DocModel> = {
  reminder,
  claim,
  installment,
  guarantee,
  reconciliation,
  'court-order': courtOrder,
};

/** Build the document `id` from the input. */
export function buildDocument(id: DocId, input: DocInput): DocModel {
  return BUILDERS[id](input);
}
