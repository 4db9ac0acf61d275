/** The document as it will look on paper: the header on the right, the title, the body, the signatures. */
import type { JSX } from 'preact';
import type { Block, DocModel } from '../../lib/documents/model';

/** How a line is drawn: as text, or with its blanks marked (BlankMarks, loaded once something is typed). */
export type Line = (props: { text: string }) => JSX.Element | string;
const Plain: Line = ({ text }) => text;

function BlockView({ block, Marked }: { block: Block; Marked: Line }) {
  if (block.kind === 'para') {
    const cls = [
      'doc-p',
      block.indent ? 'doc-p--indent' : '',
      block.align ? `doc-p--${block.align}` : '',
      block.bold ? 'doc-p--bold' : '',
    ];
    return (
      <p class={cls.filter(Boolean).join(' ')}>
        <Marked text={block.text} />
      </p>
    );
  }
  if (block.kind === 'list') {
    const items = block.items.map((item, i) => (
      <li key={i}>
        <Marked text={item} />
      </li>
    ));
    return block.ordered ? <ol class="doc-list">{items}</ol> : <ul class="doc-list doc-list--dash">{items}</ul>;
  }
  return (
    <div class="doc-table-wrap" role="region" aria-label={block.caption} tabindex={0}>
      <table class="doc-table">
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            <tr key={i}>
              {block.columns.map((c, j) => (
                <td key={j} class={c.numeric ? 'num' : undefined}>
                  {r[j]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {block.total && (
          <tfoot>
            <tr>
              {block.columns.map((c, j) => (
                <td key={j} class={c.numeric ? 'num' : undefined}>
                  {block.total?.[j]}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** The live preview. */
export function DocPreview({ doc, Marked = Plain }: { doc: DocModel; Marked?: Line | undefined }) {
  return (
    <article class="doc-page" aria-label={`Предпросмотр: ${doc.title}`} data-doc={doc.id}>
      {doc.header.length > 0 && (
        <div class="doc-header">
          {doc.header.map((line, i) =>
            line === '' ? (
              <br key={i} />
            ) : (
              <p key={i}>
                <Marked text={line} />
              </p>
            ),
          )}
        </div>
      )}
      <p class="doc-date">{doc.dateLine}</p>
      <h2 class="doc-title">
        {doc.title}
        {doc.subtitle && <span class="doc-subtitle">{doc.subtitle}</span>}
      </h2>
      {doc.body.map((b, i) => (
        <BlockView key={i} block={b} Marked={Marked} />
      ))}
      <div class={`doc-signatures${doc.signatures.length > 1 ? ' doc-signatures--two' : ''}`}>
        {doc.signatures.map((s, i) => (
          <div key={i} class="doc-signature">
            {s.party && <p class="doc-p--bold">{s.party}</p>}
            {s.org && <p>{s.org}</p>}
            {s.position && <p>{s.position}</p>}
            <p>_______________ {s.name}</p>
          </div>
        ))}
      </div>
    </article>
  );
}
