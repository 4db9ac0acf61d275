/**
 * Every legal point of the decision tree says the check its fact's mark needs, as its own last sentence —
 * and a [C] point adds none (no hedging where the facts file read the source). Marks by source are kept in
 * src/lib/legal/source-marks.ts; the sentences are marks.ts's.
 */
import { describe, expect, it } from 'vitest';
import { TREE } from '../../src/lib/decision-tree/load';
import { outcomesOf } from '../../src/lib/decision-tree/build';
import { MARK_NOTES } from '../../src/lib/legal/marks';
import { SOURCE_MARKS, markSentence, plainSpaces, sourceMark } from '../../src/lib/legal/source-marks';

const points = outcomesOf(TREE).flatMap((o) =>
  o.legal.map((p, i) => ({ where: `${o.id} legal[${i}]`, text: plainSpaces(p.text), source: plainSpaces(p.source) })),
);
const CHECKS = Object.values(MARK_NOTES).filter(Boolean);

describe('the tree’s legal points and their marks', () => {
  it('reads the whole tree (about 54 points)', () => {
    expect(points.length).toBeGreaterThanOrEqual(50);
  });

  it('every source is in the table of marks', () => {
    expect(points.filter((p) => markSentence(p.source) === undefined).map((p) => `${p.where}: ${p.source}`)).toEqual(
      [],
    );
  });

  it('an [L] or [C2] point ends with its mark’s sentence, said once; a [C] point says none', () => {
    const wrong = points.flatMap((p) => {
      const sentence = markSentence(p.source) ?? '';
      const said = CHECKS.reduce((n, c) => n + p.text.split(c).length - 1, 0);
      const ok = sentence ? p.text.endsWith(` ${sentence}`) && said === 1 : said === 0;
      return ok ? [] : [`${p.where} [${sourceMark(p.source) ?? '?'}]: ${p.text}`];
    });
    expect(wrong).toEqual([]);
  });

  it('no point words a check its own way (the sentences come from marks.ts only)', () => {
    const own = points.filter((p) =>
      /(Сверьте|Проверьте)/.test(p.text.replace(CHECKS[0] ?? '', '').replace(CHECKS[1] ?? '', '')),
    );
    expect(own.map((p) => `${p.where}: ${p.text}`)).toEqual([]);
  });

  it('the table holds no source the tree no longer cites', () => {
    const cited = new Set(points.map((p) => p.source));
    expect(Object.keys(SOURCE_MARKS).filter((s) => !cited.has(s))).toEqual([]);
  });
});
