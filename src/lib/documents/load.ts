/** Each document's builder, loaded when the page first shows that document (keeps the page's first load small). */
import type { DocInput } from './inputs';
import type { DocId, DocModel } from './model';

/** Builds one kind of document. */
export type Builder = (input: DocInput) => DocModel;

/** How to load each document's builder: its own module, fetched on demand (as BUILDERS in build.ts, lazily). */
const LOADERS: Record<DocId, () => Promise<Builder>> = {
  reminder: () => import('./reminder').then((m) => m.reminder),
  claim: () => import('./claim').then((m) => m.claim),
  installment: () => import('./installment').then((m) => m.installment),
  guarantee: () => import('./guarantee').then((m) => m.guarantee),
  reconciliation: () => import('./reconciliation').then((m) => m.reconciliation),
  'court-order': () => import('./court-order').then((m) => m.courtOrder),
};

/** Load the builder of `id`. */
export function loadBuilder(id: DocId): Promise<Builder> {
  return LOADERS[id]();
}
