/**
 * People's names and positions as letters write them: «Иванов И. И.» after a position in the addressee
 * block, «И. И. Иванов» under a signature, and the addressee in the dative case. The declension itself
 * comes from `decline.ts` (the lvovich library), loaded only when a name needs it; without it a model
 * shows the nominative.
 */

/** A full name split into its parts (surname first, as Russian forms list it). */
export interface NameParts {
  last: string;
  first: string;
  middle: string;
}

/** Declines a surname to the dative, given the whole name (for the gender); loaded on demand. */
export type Decliner = (name: NameParts) => string;

/** «Иванов Иван Иванович» → its parts; extra spaces are ignored. */
export function splitName(full: string): NameParts {
  const [last = '', first = '', ...rest] = full.trim().split(/\s+/);
  return { last, first, middle: rest.join(' ') };
}

const initial = (part: string): string => {
  const m = /\p{L}/u.exec(part);
  return m ? `${m[0].toUpperCase()}.` : '';
};
/** The initials of the first name and patronymic, joined by a no-break space: «И. И.». */
function initials(n: NameParts): string {
  return [initial(n.first), initial(n.middle)].filter(Boolean).join('\u00a0');
}

/** «Иванов Иван Иванович» → «Иванов И. И.» (after a position, in an addressee block). */
export function surnameInitials(full: string, surname = splitName(full).last): string {
  const i = initials(splitName(full));
  return i ? `${surname}\u00a0${i}` : surname;
}

/** «Иванов Иван Иванович» → «Иван Иванович» (how a letter greets a person), or nothing. */
export function greetingName(full: string): string {
  const n = splitName(full);
  return [n.first, n.middle].filter(Boolean).join(' ');
}

/** «Иванов Иван Иванович» → «И. И. Иванов» (under a signature). */
export function initialsSurname(full: string): string {
  const n = splitName(full);
  const i = initials(n);
  return i ? `${i}\u00a0${n.last}` : n.last;
}

/** Common positions in the dative, as the addressee block writes them (lower case). */
const POSITIONS_DATIVE: Record<string, string> = {
  'генеральный директор': 'генеральному директору',
  директор: 'директору',
  'исполнительный директор': 'исполнительному директору',
  'финансовый директор': 'финансовому директору',
  'коммерческий директор': 'коммерческому директору',
  управляющий: 'управляющему',
  'управляющий директор': 'управляющему директору',
  президент: 'президенту',
  'председатель правления': 'председателю правления',
  руководитель: 'руководителю',
  'главный бухгалтер': 'главному бухгалтеру',
  'индивидуальный предприниматель': 'индивидуальному предпринимателю',
};

/**
 * A position in the dative: «Генеральный директор» → «Генеральному директору». Known positions come from a
 * table; otherwise a leading adjective and the following noun are declined by their endings; what cannot
 * be read is left as typed (the user can write the whole line in the «Кому» field).
 */
export function positionDative(position: string): string {
  const p = position.trim().replace(/\s+/g, ' ');
  if (p === '') return '';
  const known = POSITIONS_DATIVE[p.toLowerCase()];
  const shaped = known ?? declinePhrase(p);
  return /^\p{Lu}/u.test(p) ? shaped.charAt(0).toUpperCase() + shaped.slice(1) : shaped;
}

function declinePhrase(p: string): string {
  const words = p.split(' ');
  let i = 0;
  const out: string[] = [];
  // Adjectives first («главный», «старший», «коммерческий»), then one noun; the rest (a genitive such as
  // «отдела продаж») stays as it is.
  while (i < words.length && /(ый|ий|ой)$/i.test(words[i] ?? '')) {
    out.push(
      (words[i] ?? '').replace(/(ый|ой)$/i, 'ому').replace(/ий$/i, /[гкх]ий$/i.test(words[i] ?? '') ? 'ому' : 'ему'),
    );
    i++;
  }
  const noun = words[i];
  if (noun !== undefined) {
    let d = noun;
    if (/[бвгджзклмнпрстфхцчшщ]$/i.test(noun)) d = `${noun}у`;
    else if (/ь$/i.test(noun)) d = noun.replace(/ь$/i, 'ю');
    else if (/й$/i.test(noun)) d = noun.replace(/й$/i, 'ю');
    out.push(d);
    i++;
  }
  return [...out, ...words.slice(i)].join(' ');
}

/** The surname in the dative by the decliner when it is loaded; else as typed. */
export function surnameDative(full: string, decline?: Decliner): string {
  const n = splitName(full);
  if (!n.last) return '';
  return decline ? decline(n) : n.last;
}
