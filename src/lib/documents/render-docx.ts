/**
 * A document as a Word file (.docx) with the `docx` library: A4 with the margins Russian office documents
 * use (left 30 mm, right 15 mm, top and bottom 20 mm), Times New Roman 12 pt, the header block on the
 * right, real tables and a signature block. Loaded only when the user asks for the file.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocParts, Signature } from './model';

const FONT = 'Times New Roman';
const SIZE = 24; // half-points: 12 pt
/** Millimetres to twips (1/1440 inch), rounded: A4 is 11906 × 16838. */
const MM = (mm: number): number => Math.round((mm * 1440) / 25.4);

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone surrogates,
 * U+FFFE and U+FFFF): a paste can bring them into a field, and one of them makes Word refuse the whole file.
 * With the `u` flag a surrogate pair is one code point, so only a lone half matches `\uD800-\uDFFF`.
 */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** The text without the characters an XML file cannot hold; every text written into the file goes through it. */
export const xmlSafe = (text: string): string => text.replace(XML_FORBIDDEN, '');

const run = (text: string, bold = false): TextRun => new TextRun({ text: xmlSafe(text), bold, font: FONT, size: SIZE });

function para(
  text: string,
  opts: { align?: 'left' | 'center' | 'right' | 'justify'; bold?: boolean; indent?: boolean; after?: number } = {},
): Paragraph {
  const alignment = {
    left: AlignmentType.LEFT,
    center: AlignmentType.CENTER,
    right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED,
  }[opts.align ?? 'left'];
  return new Paragraph({
    alignment,
    spacing: { after: opts.after ?? 120 },
    ...(opts.indent ? { indent: { firstLine: MM(12.5) } } : {}),
    children: [run(text, opts.bold)],
  });
}

function cell(text: string, numeric: boolean, bold = false): TableCell {
  return new TableCell({
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, bold)] }),
    ],
  });
}

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const numeric = block.columns.map((c) => Boolean(c.numeric));
  const rows = [
    new TableRow({
      tableHeader: true,
      children: block.columns.map((c, i) => cell(c.label, numeric[i] ?? false, true)),
    }),
    ...block.rows.map(
      (r) => new TableRow({ children: block.columns.map((_, i) => cell(r[i] ?? '', numeric[i] ?? false)) }),
    ),
    ...(block.total
      ? [
          new TableRow({
            children: block.columns.map((_, i) => cell(block.total?.[i] ?? '', numeric[i] ?? false, true)),
          }),
        ]
      : []),
  ];
  return [
    para(block.caption, { bold: true, after: 60 }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    para(''),
  ];
}

function blocks(block: Block): (Paragraph | Table)[] {
  if (block.kind === 'para')
    return [
      para(block.text, {
        align: block.align ?? 'justify',
        ...(block.bold ? { bold: true } : {}),
        ...(block.indent ? { indent: true } : {}),
      }),
    ];
  if (block.kind === 'list')
    return block.items.map((item, i) =>
      para(`${block.ordered ? `${i + 1}.` : '—'} ${item}`, { indent: true, after: 60 }),
    );
  return table(block);
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The signatures side by side (two parties) or one under the body, without borders. */
function signatures(list: readonly Signature[]): Table {
  const column = (s: Signature) =>
    new TableCell({
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: [
        ...[s.party, s.org, s.position].filter((x): x is string => Boolean(x)).map((t) => para(t, { after: 60 })),
        para(`_______________ ${s.name}`, { after: 60 }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: list.map(column) })],
  });
}

/** Build the Word document. */
export function docxDocument(doc: DocParts): Document {
  const children: (Paragraph | Table)[] = [
    ...doc.header.map((line) => new Paragraph({ indent: { left: MM(90) }, children: [run(line)] })),
    ...(doc.header.length > 0 ? [para('')] : []),
    para(doc.dateLine, { after: 240 }),
    para(doc.title.toUpperCase(), { align: 'center', bold: true, after: doc.subtitle ? 0 : 240 }),
    ...(doc.subtitle ? [para(doc.subtitle, { align: 'center', after: 240 })] : []),
    ...doc.body.flatMap(blocks),
    para(''),
    signatures(doc.signatures),
  ];
  return new Document({
    creator: 'Клиент не платит',
    title: xmlSafe(doc.title),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: MM(210), height: MM(297) },
            margin: { top: MM(20), bottom: MM(20), left: MM(30), right: MM(15) },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(doc: DocParts): Promise<Blob> {
  return Packer.toBlob(docxDocument(doc));
}
