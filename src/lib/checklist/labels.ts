import { isIsoDate, type Channel } from './stored-state';

/** Russian names of contact channels, as shown in the log and the CSV. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Звонок',
  email: 'E-mail',
  messenger: 'Мессенджер',
  meeting: 'Встреча',
  letter: 'Письмо',
};

/** 2026-11-27 → 27.11.2026; "" (or anything not a real date) → "". Kept tiny for the island. */
export function displayDate(iso: string): string {
  return isIsoDate(iso) ? iso.split('-').reverse().join('.') : '';
}
