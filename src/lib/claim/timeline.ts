/**
 * The timeline under the deadlines: due date → claim → earliest suit → the limitation's stop for a court order and
 * its end, with today marked.
 */
import { dayFromIso, EPOCH, formatDay } from '../date/day';
import { LIMITATION_AFTER_ORDER } from '../legal/terms';
import type { ClaimResult } from './result';

/** One mark on the timeline; `at` is its place from 0 (start) to 1000 (end). */
export interface TimelineMark {
  key: 'due' | 'claim' | 'suit' | 'order' | 'cancel' | 'limitation' | 'today';
  label: string;
  date: string;
  at: number;
  /** True for dates already past. */
  past: boolean;
}

const LABELS: Record<TimelineMark['key'], string> = {
  due: 'Срок оплаты',
  claim: 'Претензия',
  suit: 'Можно в суд',
  order: 'Заявление о приказе: срок давности остановлен',
  cancel: 'Приказ отменён: срок давности идёт снова',
  limitation: 'Конец срока давности',
  today: 'Сегодня',
};

/** The marks in date order, placed between the earliest and the latest date shown. */
export function timelineMarks(result: ClaimResult, claimSent: string | null, today: string): TimelineMark[] {
  const due = result.invoices.map((i) => i.due).sort()[0] ?? today;
  const raw: [TimelineMark['key'], string | null][] = [
    ['due', due],
    ['claim', claimSent],
    ['suit', result.deadlines.suit.date],
    ['order', result.deadlines.limitation.stop?.from ?? null],
    ['cancel', result.deadlines.limitation.stop?.to ?? null],
    ['limitation', result.deadlines.limitation.date],
    ['today', today],
  ];
  const dated = raw.filter((x): x is [TimelineMark['key'], string] => x[1] !== null);
  const days = dated.map(([, iso]) => dayFromIso(iso) ?? EPOCH);
  const min = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - min);
  const now = dayFromIso(today) ?? EPOCH;
  return dated
    .map(([key], i) => ({
      key,
      label:
        key === 'cancel' && result.deadlines.limitation.stop?.extended
          ? `${LABELS.cancel}, продлён до ${LIMITATION_AFTER_ORDER.value} месяцев`
          : LABELS[key],
      date: formatDay(days[i]!),
      at: Math.round(((days[i]! - min) / span) * 1000),
      past: days[i]! < now,
    }))
    .sort((a, b) => a.at - b.at || (a.key === 'today' ? 1 : -1));
}
