/**
 * The 2022 moratorium (Постановление Правительства РФ от 28.03.2022 № 497): its days, and when the form asks
 * the date the obligation arose. It covers claims that arose before 01.04.2022, and «arose» is when the goods
 * were delivered or the work handed over, not the due date (Определение ВС РФ от 20.03.2025 № 310-ЭС24-22349).
 * Loaded with the form: plain dates, no result code.
 */
import { dayFromInput, fromCivil, type Day } from '../date/day';

/** The moratorium's days: 01.04.2022–01.10.2022. */
export const MORATORIUM = { from: fromCivil(2022, 4, 1), to: fromCivil(2022, 10, 1) };

/** The last due date whose interest still starts inside the moratorium: 30.09.2022. */
const LAST_DUE_INSIDE = fromCivil(2022, 9, 30);

/**
 * Whether «auto» covers an invoice: by the day its obligation arose when known, else by its due date (the
 * stand-in when the user has not said; before 01.04.2022 the obligation arose earlier still).
 */
export function moratoriumByDates(due: Day, arose: Day | null): boolean {
  return (arose ?? due) < MORATORIUM.from;
}

/**
 * Whether the form asks when the goods were delivered or the work handed over: when the due date (as typed)
 * falls between 01.04.2022 and 30.09.2022, where that date decides the moratorium; or when a date is already
 * there (so a value in use is never hidden).
 */
export function asksArose(dueText: string, aroseText: string): boolean {
  if (aroseText.trim() !== '') return true;
  const due = dayFromInput(dueText);
  return due !== null && due >= MORATORIUM.from && due <= LAST_DUE_INSIDE;
}
