/** Shared by the date module's tests: a day from its ISO form, and any day a tool may meet. */
import fc from 'fast-check';
import { requireDay, type Day } from '../../../src/lib/date/day';
import { addDays, daysBetween } from '../../../src/lib/date/arithmetic';

/** A day from its ISO form; the test fails on a typo. */
export const D = requireDay;

/** Days from 01.01.1900 to 31.12.2199: every date a debt, a payment, a contact or a deadline can have. */
export const days: fc.Arbitrary<Day> = fc
  .integer({ min: 0, max: daysBetween(D('1900-01-01'), D('2199-12-31')) })
  .map((n) => addDays(D('1900-01-01'), n));
