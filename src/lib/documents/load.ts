/** Each document's builder, loaded when the page first shows that document (keeps the page's first load small). */
import type { DocInput } from './inputs';
import type { DocId, DocModel } from './model';

/** Builds one kind of document. */
export type Builder = (input: DocInput) => DocModel;

/** Load the builder of `id`. */
export async function loadBuilder(id: DocId): Promise<Builder> {
  switch (id) {
    case 'reminder':
      return (await import('./reminder')).reminder;
    case 'claim':
      return (await import('./claim')).claim;
    case 'installment':
      return (await import('./installment')).installment;
    case 'guarantee':
      return (await import('./guarantee')).guarantee;
    case 'reconciliation':
      return (await import('./reconciliation')).reconciliation;
    case 'court-order':
      return (await import('./court-order')).courtOrder;
  }
}
