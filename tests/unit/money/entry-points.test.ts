/**
 * The same amount typed in the tree, the calculator and the checklist: accepted or refused alike (with the same
 * error code, hence the same Russian message), shown alike in a field, and written to a URL alike.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTypedAmount } from '../../../src/lib/decision-tree/input-check';
import { formatAnswers, parseSum } from '../../../src/lib/decision-tree/url-state';
import { calculatorHref } from '../../../src/lib/decision-tree/links';
import { readAmountField, readInstallments } from '../../../src/lib/calculator/input-check';
import { defaultState, fromSearchParams, toSearchParams } from '../../../src/lib/calculator/url-state';
import { formatField, MAX_KOPECKS, type MoneyError } from '../../../src/lib/money/kopecks';
import { readCaseAmount } from '../../../src/lib/checklist/input-check';
import { emptyState, readState } from '../../../src/lib/case/stored-state';
import { addCase, updateCase } from '../../../src/lib/case/actions';
import { MONEY_MESSAGES } from '../../../src/lib/money/messages';
import type { TreeQuestion } from '../../../src/lib/decision-tree/engine';

const today = new Date(Date.UTC(2026, 10, 27));
/** An amount question whose last answer takes any amount, so only the money rules decide. */
const AMOUNT: TreeQuestion = {
  kind: 'question',
  id: 'amount',
  text: 'Сколько?',
  answers: [
    { id: 'small', label: 'До 500 000 ₽', next: 'x', upTo: 500_000 },
    { id: 'big', label: 'Больше', next: 'y' },
  ],
};

/** What each tool makes of a typed amount: kopecks, or the error code (its message is MONEY_MESSAGES[code]). */
const entryPoints = {
  tree: (text: string): number | MoneyError => {
    const r = readTypedAmount(AMOUNT, text);
    return r.ok ? r.kopecks : r.error;
  },
  calculator: (text: string): number | MoneyError => {
    const r = readAmountField(text);
    // The whole form agrees with its amount field: an error there, or none.
    expect(readInstallments({ ...defaultState(today), amount: text }, today).errors.amount).toBe(
      r.ok ? undefined : r.error,
    );
    return r.ok ? r.value : r.error;
  },
  // The checklist's case form (CasePanel): what it reads is what the case keeps, and a saved case reads back the same.
  checklist: (text: string): number | MoneyError => {
    const r = readCaseAmount(text);
    if (!r.ok) return r.error;
    if (r.value === null) return 'empty'; // an empty field keeps no amount (optional there, so no message)
    const saved = updateCase(addCase(emptyState(), 'c1', 1), 'c1', 2, { amount: r.value });
    expect(readState(JSON.parse(JSON.stringify(saved))).state.cases['c1']?.amount).toBe(r.value);
    return r.value;
  },
};

const TABLE: [typed: string, expected: number | MoneyError, field: string | null, url: string | null][] = [
  ['1 000,5', 100_050, '1\u00a0000,50', '1000.5'],
  ['1\u00a0000,50 ₽', 100_050, '1\u00a0000,50', '1000.5'],
  ['250000', 25_000_000, '250\u00a0000', '250000'],
  ['99 500.05 руб.', 9_950_005, '99\u00a0500,05', '99500.05'],
  ['0,01', 1, '0,01', '0.01'],
  ['0', 'zero', null, null],
  ['0,00', 'zero', null, null],
  ['-5', 'negative', null, null],
  ['12,345', 'too-many-decimals', null, null],
  ['abc', 'not-a-number', null, null],
  ['', 'empty', null, null],
  ['1 000 000 000 000', 'too-large', null, null],
];

describe.each(Object.entries(entryPoints))('the %s', (_tool, read) => {
  it.each(TABLE)('%j → %s', (typed, expected, field, url) => {
    expect(read(typed)).toBe(expected);
    if (typeof expected === 'string') expect(MONEY_MESSAGES[expected]).toBeTruthy();
    else {
      expect(formatField(expected)).toBe(field);
      expect(read(field ?? '')).toBe(expected);
      expect(url).not.toBeNull();
    }
  });
});

describe('URLs: the tree writes, the calculator reads and writes back, the same amount alike', () => {
  it.each(TABLE.filter((row) => typeof row[1] === 'number'))('%j', (_typed, kopecks, field, url) => {
    const k = kopecks as number;
    expect(formatAnswers([], k)).toBe(`?sum=${url}`);
    expect(parseSum(`?sum=${url}`)).toBe(k);
    const href = calculatorHref('installments', k);
    expect(href).toBe(`/calculator/?mode=installments&amount=${url}`);
    const state = fromSearchParams(new URL(href, 'http://x').searchParams, today).state;
    expect(state.amount).toBe(field);
    expect(toSearchParams(state, today).get('amount')).toBe(url);
  });

  it('any amount survives tree → calculator → URL unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_KOPECKS }), (k) => {
        const href = calculatorHref('installments', k);
        const state = fromSearchParams(new URL(href, 'http://x').searchParams, today).state;
        expect(entryPoints.calculator(state.amount)).toBe(k);
        expect(entryPoints.tree(state.amount)).toBe(k);
        expect(entryPoints.checklist(state.amount)).toBe(k);
        expect(parseSum(formatAnswers([], k))).toBe(k);
      }),
      { numRuns: 1000 },
    );
  });
});
