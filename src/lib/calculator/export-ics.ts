/** The schedule as an iCalendar file (RFC 5545): one all-day event per payment, with a reminder the day before. */
import { formatRub } from '../money/kopecks';
import type { Schedule } from './schedule';
import { dayOfUtcDate, isoFromDay, type Day } from '../date/day';
import { addDays } from '../date/arithmetic';

/** Options for the calendar file. */
export interface IcsOptions {
  /** When the file is made (DTSTAMP); injected so the output is reproducible. */
  now: Date;
  /** Who pays or what for, shown in each event's title (may be empty). */
  title?: string;
}

/** A day as an iCalendar DATE value: 20261127. */
export const icsDate = (day: Day): string => isoFromDay(day).replace(/-/g, '');
/** A moment as an iCalendar UTC DATE-TIME (DTSTAMP): 20261127T100000Z. */
export const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** Plain spaces: some calendar apps show no-break spaces oddly. */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/** Escape TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line to at most 75 octets per line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The .ics text of a schedule. */
export function scheduleIcs(schedule: Schedule, options: IcsOptions): string {
  const regular = schedule.rows.filter((r) => !r.down).length;
  const first = schedule.rows[0];
  const seed = `${first ? icsDate(dayOfUtcDate(first.date)) : 'x'}-${schedule.totalPaid}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klient ne platit//Installment calculator//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const r of schedule.rows) {
    const what = r.down ? 'Первый взнос' : `Платёж ${r.number} из ${regular}`;
    const summary = plain(`${what}${options.title ? ` (${options.title})` : ''}: ${formatRub(r.payment)}`);
    const description = plain(
      [
        `Сумма: ${formatRub(r.payment)}`,
        `Основной долг: ${formatRub(r.principal)}`,
        `Проценты: ${formatRub(r.interest)}`,
        `Остаток после платежа: ${formatRub(r.remaining)}`,
      ].join('\n'),
    );
    const day = dayOfUtcDate(r.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${seed}-${r.number}@klient-ne-platit`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
