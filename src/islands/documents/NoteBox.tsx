/** The note above a document: what it is for, when and how to send it, the guide, and its legal points. */
import { formatIsoNumeric } from '../../lib/date/day';
import type { DocNote } from '../../lib/documents/notes';
// From their owners, not through notes.ts: a value import of notes.ts puts its figures' modules on the first load.
import { LEGAL_FACTS_CHECKED as LEGAL_AS_OF } from '../../lib/legal/facts-date';
import { MARK_NOTES as MARK_SUFFIX } from '../../lib/legal/marks';

/** One document's note. */
export function NoteBox({ note }: { note: DocNote }) {
  const asOf = formatIsoNumeric(LEGAL_AS_OF);
  return (
    <section class="doc-note no-print" aria-label="Зачем этот документ и как его отправить">
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
    </section>
  );
}
