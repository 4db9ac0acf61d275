import { formatDateNumeric, parseIsoDate } from '../format/date';
import type { Channel } from './state';

/** Russian names of contact channels, as shown in the log and the CSV. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Звонок',
  email: 'E-mail',
  messenger: 'Мессенджер',
  meeting: 'Встреча',
  letter: 'Письмо',
};

/** 2026-11-27 → 27.11.2026; "" (or anything not a date) → "". */
export function displayDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDateNumeric(d) : '';
}
