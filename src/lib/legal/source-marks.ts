/**
 * The mark of each source a legal point of the decision tree cites (content/decision-tree/outcomes.json),
 * from docs/legal-facts.md. A source citing several articles takes the least sure of their marks (the claim
 * calculator's order: [C], then [C2], then [L]); the point's text ends with that mark's sentence
 * (`markSentence`), and tests/content/decision-tree-marks.test.ts holds every point to it. A new source needs
 * its line here first — the test refuses a source it does not know.
 */
import { ARBITRATION_ORDER } from './court-limits';
import { MARK_NOTES, type Mark } from './marks';
import { CLAIM_WAIT, ORDER_OBJECTIONS } from './terms';

export const SOURCE_MARKS: Readonly<Record<string, Mark>> = {
  // Limitation (исковая давность): ст. 196, 199, 200, 202, 203, 206 — all [C].
  'ГК РФ ст. 196, 200': 'C',
  'ГК РФ ст. 199 п. 2': 'C',
  'ГК РФ ст. 206 п. 2': 'C',
  'ГК РФ ст. 203; Пленум ВС РФ № 43, п. 20': 'C',
  'ГК РФ ст. 202 п. 3; Пленум ВС РФ № 43, п. 16': 'C',
  // Pre-trial claim.
  [CLAIM_WAIT.article]: CLAIM_WAIT.mark,
  'АПК РФ ст. 4 ч. 5, ст. 229.4': 'L', // ст. 229.4: no claim needed for a court order [L]
  'Пленум ВС РФ № 18 от 22.06.2021, п. 2': 'C',
  // Interest.
  'ГК РФ ст. 395': 'C',
  // Court routes.
  [ARBITRATION_ORDER.article]: ARBITRATION_ORDER.mark,
  [ORDER_OBJECTIONS.article]: ORDER_OBJECTIONS.mark,
  'АПК РФ ст. 229.5': ORDER_OBJECTIONS.mark,
  'АПК РФ ст. 103 ч. 1': 'C',
  'АПК РФ ст. 227 ч. 1 п. 1 (в ред. 667-ФЗ от 25.12.2023); ст. 103 ч. 1': 'C',
  'АПК РФ ст. 227 ч. 2 п. 1': 'C2', // documented debts at any amount [C2]
  'АПК РФ ст. 227 (в ред. 667-ФЗ от 25.12.2023); ст. 103 ч. 1': 'C2', // ч. 2 п. 1 [C2]
  'ГПК РФ ст. 121; ст. 91': 'L', // ст. 91: the claim amount includes interest [L]
  'ГПК РФ ст. 121–126 (в ред. 135-ФЗ от 12.06.2024)': 'C',
  'ГПК РФ ст. 232.2 ч. 1 (в ред. 135-ФЗ от 12.06.2024); ст. 91': 'L', // ст. 91 [L]
  'ГПК РФ ст. 232.2 ч. 1 п. 3': 'C2',
  'ГПК РФ ст. 121, 232.2 (в ред. 135-ФЗ от 12.06.2024); ст. 91': 'L', // ст. 91 [L], ч. 1 п. 3 [C2]
  // State duty.
  'НК РФ ст. 333.21 п. 1 пп. 3 (в ред. 259-ФЗ от 08.08.2024)': 'C2',
  'НК РФ ст. 333.19 (в ред. 259-ФЗ от 08.08.2024)': 'C', // the court order's 50 % [C]
  'НК РФ ст. 333.22 п. 1 пп. 7 (арбитражный суд), ст. 333.20 п. 1 пп. 13 (суд общей юрисдикции)': 'L', // [C2], [L]
  // Collection (230-ФЗ).
  '230-ФЗ ст. 7 (в ред. 467-ФЗ от 04.08.2023, с 01.02.2024)': 'C',
  '230-ФЗ от 03.07.2016 ст. 1 ч. 1, ст. 5': 'C',
  '230-ФЗ от 03.07.2016 ст. 1 ч. 1': 'C',
  '230-ФЗ ст. 5': 'C',
  '230-ФЗ ст. 1 ч. 2': 'C',
  // The debtor disappears, closes or goes bankrupt.
  '129-ФЗ ст. 21.1': 'C',
  '127-ФЗ ст. 6 п. 2 (в ред. 107-ФЗ от 29.05.2024), ст. 213.3 п. 2': 'C',
  'ГК РФ ст. 165.1': 'L',
  'ГК РФ ст. 53.1; 14-ФЗ ст. 3 п. 3.1': 'L',
  // Enforcement.
  '229-ФЗ ст. 8 ч. 1–2': 'C',
  '229-ФЗ': 'L', // the bailiffs, through Госуслуги [L]
  '229-ФЗ ст. 21 ч. 1 и 3, ст. 22': 'C2', // ч. 3 and ст. 22 [C2]
  'АПК РФ ст. 110; ГПК РФ ст. 98, 100': 'L',
};

/** Spaces as typed: the site's typography puts non-breaking ones into what it shows. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** The mark of a source as the table gives it, whatever its spaces; undefined for a source not in the table. */
export const sourceMark = (source: string): Mark | undefined => SOURCE_MARKS[plainSpaces(source)];

/** The sentence a point citing `source` ends with ('' for [C]); undefined for a source not in the table. */
export function markSentence(source: string): string | undefined {
  const mark = sourceMark(source);
  return mark === undefined ? undefined : MARK_NOTES[mark];
}
