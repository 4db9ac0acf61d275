/** The timeline under the deadlines: due date → claim → earliest suit → limitation end, with today marked. */
import { dayFromIso, EPOCH, formatDay } from '../date/day';
import type { ClaimResult } from './result';

/** One mark on the timeline; `at` is its place from 0 (start) to 1000 (end). */
export interface TimelineMark {
  key: 'due' | 'claim' | 'suit' | 'limitation' | 'today';
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
      label: LABELS[key],
      date: formatDay(days[i]!),
      at: Math.round(((days[i]! - min) / span) * 1000),
      past: days[i]! < now,
    }))
    .sort((a, b) => a.at - b.at || (a.key === 'today' ? 1 : -1));
}
