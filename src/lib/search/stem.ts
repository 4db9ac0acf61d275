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

/**
 * Every ending Snowball's Russian stemmer can remove (gerunds, adjectives, participles, reflexives, verbs,
 * nouns, «и», derivational, superlative, «н», «ь»), all steps together. A word's stem is the word less a run
 * of these endings, and never reaches before the first vowel.
 */
const ENDINGS = (
  'в ив ыв вши ивши ывши вшись ившись ывшись ее ие ое ые ими ыми ей ий ой ый ем им ом ым его ого ему ому их ' +
  'ых ею ою ую юю ая яя нн вш ивш ывш щ ющ ующ сь ся ла ила ыла на ена ете ите йте ейте уйте ли или ыли й уй ' +
  'л ил ыл н ен ло ило ыло но ено нно ет ует ит ыт ют уют ят ны ены ть ить ыть ешь ишь ю а ев ов е ье и еи ии ' +
  'ами ями иями ией ам ием ям иям о у ах ях иях ы ь ию ью я ия ья ост ость ейше ейш'
).split(' ');
const VOWEL = /[аеиоуыэюя]/;
/** The longest run the stemmer removes: reflexive + participle + adjective (8), «и», «ость», «ейше», «н». */
const LONGEST_RUN = 18;

/** Whether `tail` can start a run of endings: whole endings, then perhaps the start of one more. */
function startsEndings(tail: string): boolean {
  if (tail.length > LONGEST_RUN) return false;
  if (tail === '' || ENDINGS.some((e) => e.startsWith(tail))) return true;
  return ENDINGS.some((e) => tail.startsWith(e) && startsEndings(tail.slice(e.length)));
}

/**
 * The length of the shortest stem a word beginning with `prefix` (normalised) can have, whatever letters
 * follow: the stem of such a word is the word itself, or a prefix of it at least this long. A safe bound —
 * it may be shorter than any real word's stem, never longer.
 */
export function shortestStem(prefix: string): number {
  if (!/^[а-я]*$/.test(prefix)) return prefix.length;
  const vowel = prefix.search(VOWEL);
  // Snowball removes endings only after the first vowel; with no vowel yet, it comes after the prefix.
  const from = vowel < 0 ? prefix.length : vowel + 1;
  for (let k = from; k < prefix.length; k++) if (startsEndings(prefix.slice(k))) return k;
  return prefix.length;
}
