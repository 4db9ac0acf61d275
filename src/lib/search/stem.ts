import { stemmer } from '@orama/stemmers/russian';

const CYRILLIC_WORD = /^[а-я]+$/;

/**
 * The stem of a normalised word: Snowball's Russian stemmer for Cyrillic words («рассрочку», «рассрочки»,
 * «рассрочка» → «рассрочк»), other words (Latin, numbers) unchanged. The stem is always a prefix of the word.
 */
export function stem(word: string): string {
  if (!CYRILLIC_WORD.test(word) || word.length < 3) return word;
  const s = stemmer(word);
  return s.length > 0 && word.startsWith(s) ? s : word;
}
