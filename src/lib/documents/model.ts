/**
 * A document as data: a title, the addressee and sender blocks, paragraphs, tables and a signature block.
 * Each kind of document builds one (reminder.ts, claim.ts, …); three renderers turn it into the page's
 * preview (the island), plain text (render-text.ts) and a Word file (render-docx.ts).
 */

import type { DocId } from './catalog';

// The documents' ids are the table's (catalog.ts); url-state.ts reads them from here.
export { DOC_IDS, type DocId } from './catalog';

/** A column of a table: its heading and whether it holds numbers (right-aligned). */
interface Column {
  label: string;
  numeric?: boolean;
}

/** One piece of a document's body. */
export type Block =
  /** A paragraph; `center` for a line such as «ПРЕТЕНЗИЯ», `indent` for body text with a first-line indent. */
  | { kind: 'para'; text: string; align?: 'left' | 'center' | 'right'; bold?: boolean; indent?: boolean }
  /** A numbered or bulleted list (attachments, consequences). */
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  /** A table with a caption (the calculation, the schedule, the reconciliation lines). */
  | {
      kind: 'table';
      caption: string;
      columns: readonly Column[];
      rows: readonly (readonly string[])[];
      total?: readonly string[];
    };

/** One signature line: who signs (a position or a party), the name, and an optional label above. */
export interface Signature {
  /** «Кредитор», «Должник», or nothing for a letter with one signer. */
  party?: string;
  /** The organisation or ИП on whose behalf the person signs. */
  org?: string;
  /** «Генеральный директор», or empty for a private person. */
  position: string;
  /** «И. И. Иванов». */
  name: string;
}

/** A whole document, ready to render. */
export interface DocModel {
  id: DocId;
  /** The file name without extension: «pretenziya-2026-11-30». */
  fileName: string;
  /** Lines of the top-right block: whom the document is addressed to, and from whom. */
  header: readonly string[];
  /** The place and date line under the header: «30 ноября 2026 г.». */
  dateLine: string;
  /** The title: «ПРЕТЕНЗИЯ», «Дополнительное соглашение № 1 …». */
  title: string;
  /** A line under the title: «о погашении задолженности по договору …». */
  subtitle?: string;
  body: readonly Block[];
  signatures: readonly Signature[];
  /** The reminder's short text for e-mail or a messenger. */
  message?: string;
  /** What the user should know before sending, shown above the preview and never in the document. */
  warnings?: readonly string[];
}

/** What a document's module builds: the whole document but its id and file name, which its row in catalog.ts gives. */
export type DocParts = Omit<DocModel, 'id' | 'fileName'>;
