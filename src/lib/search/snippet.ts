import { wordSpans } from './normalize';

/** A piece of displayed text: [text, whether it matched the query]. */
export type Part = [text: string, mark: boolean];

/** A test for whether a normalised word matched the query. */
export type HitTest = (word: string) => boolean;

/** Builds a hit test from the vocabulary terms a query matched: a word matches when it is a form of one of them. */
export function hitTest(terms: readonly string[]): HitTest {
  return (word) => terms.some((t) => word.startsWith(t) && word.length - t.length <= 4);
}

/** Split `text` into parts, marking the words that matched. */
export function markAll(text: string, isHit: HitTest): Part[] {
  return mark(text, 0, text.length, isHit);
}

function mark(text: string, from: number, to: number, isHit: HitTest): Part[] {
  const parts: Part[] = [];
  let pos = from;
  for (const s of wordSpans(text.slice(from, to))) {
    const start = from + s.start;
    const end = from + s.end;
    if (!isHit(s.word)) continue;
    if (start > pos) parts.push([text.slice(pos, start), false]);
    parts.push([text.slice(start, end), true]);
    pos = end;
  }
  if (pos < to) parts.push([text.slice(pos, to), false]);
  return parts;
}

/**
 * Where a short excerpt of `text` (about `length` characters, cut at word boundaries) around its first matched
 * word starts and ends: the whole text when it is short enough.
 */
export function excerptRange(
  text: string,
  isHit: HitTest,
  length = 180,
  spans: readonly { start: number; end: number; word: string }[] = wordSpans(text),
): [start: number, end: number] {
  if (text.length <= length) return [0, text.length];
  const first = spans.find((s) => isHit(s.word));
  const lead = Math.max(0, (first?.start ?? 0) - Math.floor(length / 3));
  const startSpan = spans.find((s) => s.start >= lead);
  const start = first && startSpan ? Math.min(startSpan.start, first.start) : 0;
  let end = start;
  for (const s of spans) {
    if (s.start < start) continue;
    if (s.end - start > length) break;
    end = s.end;
  }
  if (end <= start) end = Math.min(text.length, start + length);
  return [start, end];
}

/**
 * A short excerpt of `text` (about `length` characters, cut at word boundaries) around its first matched
 * word, with the matches marked and «…» where text was left out.
 */
export function snippet(text: string, isHit: HitTest, length = 180): Part[] {
  const [start, end] = excerptRange(text, isHit, length);
  const parts = mark(text, start, end, isHit);
  if (start > 0) parts.unshift(['…', false]);
  if (end < text.length) parts.push(['…', false]);
  return parts;
}
