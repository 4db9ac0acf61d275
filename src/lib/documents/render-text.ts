/** A document as plain text («Скопировать текст»): the header, the title, the body, tables as aligned columns. */
import type { Block, DocParts, Signature } from './model';

/** Pad every column to its widest cell; numeric columns to the right. */
function tableText(block: Extract<Block, { kind: 'table' }>): string[] {
  const all = [block.columns.map((c) => c.label), ...block.rows, ...(block.total ? [block.total] : [])];
  const widths = block.columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    block.columns
      .map((c, i) => (c.numeric ? (r[i] ?? '').padStart(widths[i] ?? 0) : (r[i] ?? '').padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((s, w) => s + w + 2, -2));
  return [
    block.caption,
    line(all[0] ?? []),
    rule,
    ...block.rows.map(line),
    ...(block.total ? [rule, line(block.total)] : []),
  ];
}

function blockText(block: Block): string[] {
  if (block.kind === 'para') return [block.indent ? `    ${block.text}` : block.text];
  if (block.kind === 'list') return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `— ${item}`));
  return tableText(block);
}

function signatureText(s: Signature): string[] {
  return [s.party, s.org, s.position, `_______________ ${s.name}`].filter((x): x is string => Boolean(x));
}

/** The whole document as text, blocks separated by blank lines; no-break spaces become plain spaces. */
export function renderText(doc: DocParts): string {
  const parts: string[][] = [];
  if (doc.header.length > 0) parts.push([...doc.header]);
  parts.push([doc.dateLine]);
  parts.push([doc.title.toUpperCase(), ...(doc.subtitle ? [doc.subtitle] : [])]);
  for (const b of doc.body) parts.push(blockText(b));
  for (const s of doc.signatures) parts.push(signatureText(s));
  return parts
    .map((p) => p.join('\n'))
    .join('\n\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}
