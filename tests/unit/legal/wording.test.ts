import { describe, expect, it } from 'vitest';
import { TERMS, type Term } from '../../../src/lib/legal/terms';
import { limitText, minimumText, rubleFigure, shareText, termInWords, termText } from '../../../src/lib/legal/wording';
import { ARBITRATION_ORDER } from '../../../src/lib/legal/court-limits';
import { ARBITRATION_ORDER_DUTY, GENERAL_ORDER_DUTY } from '../../../src/lib/legal/duty-rates';

const days = (value: number): Term => ({ ...TERMS.claimWait, value });
const years = (value: number): Term => ({ ...TERMS.limitation, value });

describe('a legal figure in prose', () => {
  it('writes whole rubles grouped with plain spaces, as the documents had them', () => {
    expect(rubleFigure(750_000_00)).toBe('750 000');
    expect(rubleFigure(1_200_000_00)).toBe('1 200 000');
    expect(rubleFigure(8_000_00)).toBe('8 000');
    expect(limitText(ARBITRATION_ORDER)).toBe('750 000');
  });

  it('writes a court order’s share of the duty and its minimum, or nothing where there is none', () => {
    expect(shareText(ARBITRATION_ORDER_DUTY)).toBe('50 %');
    expect(minimumText(ARBITRATION_ORDER_DUTY)).toBe('8 000');
    expect(minimumText(GENERAL_ORDER_DUTY)).toBe('');
  });

  it('puts a term’s word in the form its count and the sentence’s case need', () => {
    expect(termText(TERMS.claimWait, 'calendarDays')).toBe('30 календарных дней');
    expect(termText(days(21), 'calendarDays')).toBe('21 календарный день');
    expect(termText(days(21), 'calendarDaysGenitive')).toBe('21 календарного дня');
    expect(termText(days(14), 'calendarDaysGenitive')).toBe('14 календарных дней');
    expect(termText(days(22), 'days')).toBe('22 дня');
    expect(termText(TERMS.orderObjections, 'daysGenitive')).toBe('10 дней');
    expect(termText(days(1), 'daysGenitive')).toBe('1 дня');
  });

  it('writes counts up to ten in words when asked, and larger ones in figures', () => {
    expect(termInWords(TERMS.limitation, 'years')).toBe('три года');
    expect(termInWords(years(5), 'years')).toBe('пять лет');
    expect(termInWords(years(15), 'years')).toBe('15 лет');
  });
});
