/**
 * Amounts as contracts write them: figures, then the rubles in words in brackets, then the kopecks in
 * figures — «108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек». The words come
 * from the `rubles` package; this module only splits its answer and puts the figures around it.
 */
import { rubles } from 'rubles';
import { groupThousands } from '../money/kopecks';

const SHAPE = /^(?:(.+) )?(рубл\S+) (\d{2}) (копе\S+)$/;

/** The parts of an amount in words: «сто восемь тысяч … семь», «рублей», «99», «копеек». */
export interface AmountWords {
  words: string;
  rubleWord: string;
  kopecks: string;
  kopeckWord: string;
}

/** Split an amount of kopecks into its words; zero rubles read «ноль рублей». */
export function amountWords(kopecks: number): AmountWords {
  if (!Number.isSafeInteger(kopecks) || kopecks < 0) throw new RangeError(`amountWords: ${kopecks}`);
  const rub = Math.floor(kopecks / 100);
  const kop = kopecks % 100;
  // The package writes the rubles part only for at least one ruble, and the kopecks' word only for at
  // least one kopeck: ask for each part alone (one ruble as the stand-in for the other part).
  const rubPart = rub === 0 ? null : SHAPE.exec(rubles(`${rub}.01`) ?? '');
  const kopPart = kop === 0 ? null : SHAPE.exec(rubles(`1.${String(kop).padStart(2, '0')}`) ?? '');
  if ((rub > 0 && !rubPart) || (kop > 0 && !kopPart)) throw new Error(`amountWords: unexpected wording for ${kopecks}`);
  return {
    words: rubPart?.[1] ?? 'ноль',
    rubleWord: rubPart?.[2] ?? 'рублей',
    kopecks: String(kop).padStart(2, '0'),
    kopeckWord: kopPart?.[4] ?? 'копеек',
  };
}

/** 10888799 → «108 887 (сто восемь тысяч восемьсот восемьдесят семь) рублей 99 копеек». */
export function amountInWords(kopecks: number): string {
  const w = amountWords(kopecks);
  const figures = groupThousands(String(Math.floor(kopecks / 100))).replace(/\u202f/g, '\u00a0');
  return `${figures} (${w.words}) ${w.rubleWord} ${w.kopecks} ${w.kopeckWord}`;
}
