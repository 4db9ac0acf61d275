import type { Channel } from '../case/stored-state';

/** Russian names of contact channels, as shown in the log and the CSV. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Звонок',
  email: 'E-mail',
  messenger: 'Мессенджер',
  meeting: 'Встреча',
  letter: 'Письмо',
};
