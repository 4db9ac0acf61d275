/** The deadlines as an iCalendar file (RFC 5545), written as the calculator writes its schedule. */
import { escapeText, foldLine, icsDate } from '../calculator/export-ics';
import { requireDay } from '../date/day';
import { addDays } from '../date/arithmetic';
import type { ClaimResult } from './result';

/** Options for the calendar file. */
export interface IcsOptions {
  /** When the file is made (DTSTAMP); injected so the output is reproducible. */
  now: Date;
}

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/** The titles of the calendar events. */
export const ICS_TITLES = {
  suit: 'Можно подавать иск: прошло 30 дней после претензии',
  limitation: 'Последний день срока исковой давности',
} as const;

/** The .ics text of the calculation's deadlines (those that have a date), each with a reminder a week before. */
export function deadlinesIcs(result: ClaimResult, options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klient ne platit//Claim calculator//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const key of ['suit', 'limitation'] as const) {
    const d = result.deadlines[key];
    if (!d.date) continue;
    const day = requireDay(d.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${key}-${icsDate(day)}-${result.totals.claim}@klient-ne-platit`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
      `SUMMARY:${escapeText(ICS_TITLES[key])}`,
      `DESCRIPTION:${escapeText(plain(d.how))}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(ICS_TITLES[key])}`,
      'TRIGGER:-P7D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
