/** Keys of the Latin (QWERTY) layout and the Russian (ЙЦУКЕН) letters on the same keys. */
const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюё';

const TO_CYRILLIC = new Map<string, string>();
for (let i = 0; i < LATIN.length; i++) {
  const key = LATIN.charAt(i);
  if (key.toUpperCase() !== key) TO_CYRILLIC.set(key.toUpperCase(), CYRILLIC.charAt(i).toUpperCase());
  TO_CYRILLIC.set(key, CYRILLIC.charAt(i));
}
for (const [upper, lower] of [
  ['{', 'х'],
  ['}', 'ъ'],
  [':', 'ж'],
  ['"', 'э'],
  ['<', 'б'],
  ['>', 'ю'],
  ['~', 'ё'],
] as const) {
  TO_CYRILLIC.set(upper, lower);
}

/** Whether a query has Latin letters, i.e. might have been typed with the wrong layout switched on. */
export function hasLatin(query: string): boolean {
  return /[a-z]/i.test(query);
}

/** The query as it would read had the Russian layout been on: «hfcchjxrf» → «рассрочка». */
export function toRussianLayout(query: string): string {
  let out = '';
  for (const ch of query) out += TO_CYRILLIC.get(ch) ?? ch;
  return out;
}
