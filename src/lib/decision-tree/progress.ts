import { plural } from '../format/plural';
import { fill } from '../format/fill';
import type { TreeMessages } from './messages';

/**
 * The progress line on a question page. `number` is the question's position in this journey (unknown without
 * JavaScript), `left` the most questions still to answer, this one included.
 */
export function progressText(number: number | null, left: number, m: TreeMessages): string {
  const after = left - 1;
  const count = (n: number): string => `${n} ${plural(n, m.questionsGenitive)}`;
  if (number === null) return after > 0 ? fill(m.progressUpTo, { left: count(left) }) : m.progressLast;
  return after > 0 ? fill(m.progressAt, { n: number, left: count(after) }) : fill(m.progressAtLast, { n: number });
}
