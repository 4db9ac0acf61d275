/** Finding text that missed the site's typography rules (used by the tests on the built pages). */

/** What can be wrong, each with a pattern over plain text (no markup). */
const PROBLEMS: readonly { name: string; pattern: RegExp }[] = [
  // «Сумма, ₽» and «% годовых» after a comma are unit labels, not amounts.
  { name: 'plain space before ₽ or %', pattern: /[^,\s] (?=[₽%])/g },
  { name: 'plain space inside a number', pattern: /(?<![\d.,])\d{1,3} \d{3}(?!\d)/g },
  { name: 'plain space after №', pattern: /№ /g },
  { name: 'hyphen instead of a dash', pattern: /[\p{L}\d»)] - [\p{L}\d«(]/gu },
];

/** Every typography problem in a text, as «name: …context…». */
export function typographyProblems(text: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of PROBLEMS) {
    for (const m of text.matchAll(pattern)) {
      const from = Math.max(0, m.index - 20);
      found.push(`${name}: «${text.slice(from, m.index + m[0].length + 10)}»`);
    }
  }
  return found;
}
