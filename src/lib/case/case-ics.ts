/**
 * All of a case's dates as one iCalendar file (RFC 5545), written with the calculator's ics helpers: the steps
 * taken, the next step's date and the end of the limitation period (these two with a reminder a week before).
 */
import { escapeText, foldLine, icsDate, plain, stamp } from '../calculator/export-ics';
import { addDays } from '../date/arithmetic';
import { requireDay } from '../date/day';
import { STEP_IDS, type Case } from './stored-state';
import { STEP_LABELS, type NextStep } from './next-step';

/** One all-day event. */
interface CaseEvent {
  uid: string;
  date: string;
  title: string;
  description: string;
  remind: boolean;
}

/** The .ics text of a case: `caseId` keeps the events' ids stable, `now` is the file's DTSTAMP. */
export function caseIcs(caseId: string, c: Case, next: NextStep, now: Date): string {
  const who = c.client ? ` (${c.client})` : '';
  const events: CaseEvent[] = STEP_IDS.filter((id) => c.steps[id]?.date).map((id) => ({
    uid: `${id}`,
    date: c.steps[id]!.date,
    title: `${STEP_LABELS[id]}${who}`,
    description: STEP_LABELS[id],
    remind: false,
  }));
  if (next.date && next.step)
    events.push({ uid: 'next', date: next.date, title: `Следующий шаг${who}`, description: next.text, remind: true });
  if (next.limitation)
    events.push({
      uid: 'limitation',
      date: next.limitation.date,
      title: `Последний день срока исковой давности${who}`,
      description: next.limitation.text,
      remind: true,
    });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klient ne platit//Case//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    const day = requireDay(e.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${caseId}-${e.uid}-${icsDate(day)}@klient-ne-platit`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
      `SUMMARY:${escapeText(plain(e.title))}`,
      `DESCRIPTION:${escapeText(plain(e.description))}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.remind)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(plain(e.title))}`,
        'TRIGGER:-P7D',
        'END:VALARM',
      );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
