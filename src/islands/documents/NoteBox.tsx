/** The note above a document: what it is for, when and how to send it, the guide, and its legal points. */
import { useEffect, useRef } from 'preact/hooks';
import { formatIsoNumeric } from '../../lib/date/day';
import { foldNote } from '../../lib/documents/note-read';
import type { DocNote } from '../../lib/documents/notes';
// From their owners, not through notes.ts: a value import of notes.ts puts its figures' modules on the first load.
import { LEGAL_FACTS_CHECKED as LEGAL_AS_OF } from '../../lib/legal/facts-date';
import { MARK_NOTES as MARK_SUFFIX } from '../../lib/legal/marks';

/** One document's note: open on the first visit, folded after it (note-read.ts). */
export function NoteBox({ note }: { note: DocNote }) {
  const asOf = formatIsoNumeric(LEGAL_AS_OF);
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
              {l.text}{' '}
              <span class="doc-note__source">
                ({l.source}
                {asOf && `, на ${asOf}`})
              </span>
              {MARK_SUFFIX[l.mark] && ` ${MARK_SUFFIX[l.mark]}`}
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
