/**
 * Text normalisation shared by the index builder and the browser: lower case, «ё» read as «е», and no other
 * folding — «й» stays «й» (Unicode normalisation to NFC first, so a decomposed «й» is one letter too).
 */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, normalised, in order (letters and digits; everything else separates words). */
export function words(text: string): string[] {
  return normalize(text).match(WORD) ?? [];
}

/** Word positions in the original text, for cutting snippets: [start, end) pairs and the normalised word. */
export function wordSpans(text: string): { start: number; end: number; word: string }[] {
  const spans: { start: number; end: number; word: string }[] = [];
  // Text already in NFC (nearly always) needs only the case and «ё» folded, word by word.
  const fold = text.normalize('NFC') === text ? (w: string) => w.toLowerCase().replace(/ё/g, 'е') : normalize;
  for (const m of text.matchAll(WORD)) {
    spans.push({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) });
  }
  return spans;
}

/**
 * Words too common to tell pieces of advice apart (normalised forms). Left out of the index; a query made of
 * nothing else is searched as typed.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'а без бы был была были было быть в вам вас весь во вот все всего всех вы да для до его ее ей если есть ' +
    'еще же за здесь и из или им их к как какой когда кто ли либо мне мы на над не него нее нет ни них но ну ' +
    'о об один он она они оно от по под после при про с со так также там то того тоже только том ты у уже ' +
    'чем что чтобы эти этим это этого этой этом этот эту я'
  ).split(' '),
);
