/** Types for the `rubles` package (it ships none): an amount of rubles in Russian words. */
declare module 'rubles' {
  /** «12.1» → «двенадцать рублей 10 копеек»; null for zero, negative or unreadable input. */
  export function rubles(input: number | string, currencyCode?: 'RUB' | 'BYN'): string | null;
}
