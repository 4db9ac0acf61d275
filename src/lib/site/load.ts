/**
 * Code a page loads on demand (a dynamic `import()`: the .docx writer, a document's builder, the claim result)
 * can fail to arrive: no signal, a dropped connection, a deploy that replaced the files. The page then says so
 * where the user waits, in these words, and offers to try again (src/islands/shared/load.tsx). A browser tries a
 * failed `import()` again when it is called again, so trying again is calling the loader again.
 * Every tool page with on-demand code loads this at first (budgets, decision 112): keep it small.
 */

/** What the page says when `what` (in the accusative: «шаблон документа») did not load. */
export const loadFailedText = (what: string): string =>
  `Не удалось загрузить ${what}. Проверьте связь и нажмите «Повторить».`;

/** A load that failed: its message is the text to show. */
export class LoadError extends Error {}

/** `load`, its failure turned into a LoadError naming `what` (an error later in the same action stays itself). */
export const named = <T>(what: string, load: Promise<T>): Promise<T> =>
  load.catch(() => {
    throw new LoadError(loadFailedText(what));
  });
