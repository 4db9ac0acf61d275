/**
 * «Отправлена ДД.ММ.ГГГГ»: the user says when the претензия went out (downloading it is not sending it). The date
 * goes to the current case, where «Моё дело» counts the 30 days from it.
 */
import { useState } from 'preact/hooks';
import { formatIsoNumeric } from '../../lib/date/day';
import { routes } from '../../lib/site/routes';

interface Props {
  /** «Претензия отправлена» (the document's row, catalog.ts). */
  label: string;
  /** The date the case records ('' when not yet sent). */
  sent: string;
  /** Today, YYYY-MM-DD: the date offered. */
  today: string;
  onMark: (date: string) => void;
}

/** The control under the claim letter's actions. */
export function SentControl({ label, sent, today, onMark }: Props) {
  const [date, setDate] = useState(sent || today);
  const [editing, setEditing] = useState(false);
  if (sent && !editing)
    return (
      <p class="doc-sent no-print" data-sent={sent}>
        {label} {formatIsoNumeric(sent)}.{' '}
        <button type="button" class="doc-link-button" onClick={() => setEditing(true)}>
          Изменить дату
        </button>{' '}
        <a href={routes.delo()}>Что дальше — в «Моё дело»</a>
      </p>
    );
  return (
    <form
      class="doc-sent no-print"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!date || date > today) return;
        onMark(date);
        setEditing(false);
      }}
    >
      <label for="doc-sent-date">{label} (скачать — ещё не отправить):</label>{' '}
      <input
        id="doc-sent-date"
        type="date"
        value={date}
        max={today}
        required
        onInput={(e) => setDate(e.currentTarget.value)}
      />{' '}
      <button type="submit" class="doc-button" data-action="mark-sent">
        Отметить отправку
      </button>
    </form>
  );
}
