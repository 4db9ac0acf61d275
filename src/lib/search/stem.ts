import { stemmer } from '@orama/stemmers/russian';

const CYRILLIC_WORD = /^[а-я]+$/;
/** Stems already computed: a site's text repeats its words, and the stemmer is the index build's main cost. */
const seen = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

/**
 * The stem of a normalised word: Snowball's Russian stemmer for Cyrillic words («рассрочку», «рассрочки»,
 * «рассрочка» → «рассрочк»), other words (Latin, numbers) unchanged. The stem is always a prefix of the word.
 */
export function stem(word: string): string {
  let s = seen.get(word);
  if (s === undefined) {
    s = CYRILLIC_WORD.test(word) && word.length >= 3 ? stemmer(word) : word;
    if (s.length === 0 || !word.startsWith(s)) s = word;
    if (seen.size >= MAX_REMEMBERED) seen.clear();
    seen.set(word, s);
  }
  return s;
}
