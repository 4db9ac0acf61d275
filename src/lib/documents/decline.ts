/** The surname declension (lvovich): loaded on demand by the page, with the Word writer or when a name is typed. */
import { getGender, inclineLastname } from 'lvovich';
import type { Decliner } from './names';

/** «Иванов», «Иван», «Иванович» → «Иванову»; the gender comes from the whole name. */
export const declineDative: Decliner = (name) => {
  const gender = getGender({ first: name.first, middle: name.middle, last: name.last });
  return inclineLastname(name.last, 'dative', gender);
};
