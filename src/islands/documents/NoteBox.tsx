/** The note above a document: what it is for, when and how to send it, the guide, and its legal points. */
// Each legal point comes with its as-of date and its mark's sentence, put in by the page (notes.ts, notesForPage).
import { useEffect, useRef } from 'preact/hooks';
import { foldNote } from '../../lib/documents/note-read';
import type { DocNote } from '../../lib/documents/notes';

/** One document's note: open on the first visit, folded after it (note-read.ts). */
export function NoteBox({ note }: { note: DocNote }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let store: Storage | null = null;
    try {
      store = window.localStorage;
    } catch {
      /* no storage */
    }
    if (foldNote(store) && ref.current) ref.current.open = false;
  }, []);
  return (
    <details class="doc-note no-print" open ref={ref}>
      <summary>Зачем этот документ и как его отправить</summary>
      <p>{note.purpose}</p>
      <p>
        <strong>Когда:</strong> {note.when}
      </p>
      <p>
        <strong>Как отправить:</strong> {note.how}
      </p>
      {note.legal.length > 0 && (
        <ul class="doc-note__legal">
          {note.legal.map((l) => (
            <li key={l.source}>
              {l.text} <span class="doc-note__source">({l.source})</span>
              {l.check && ` ${l.check}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        Подробнее — в гайде: <a href={note.guide.href}>{note.guide.label}</a>.
      </p>
    </details>
  );
}
