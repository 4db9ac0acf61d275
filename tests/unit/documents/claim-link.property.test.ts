/**
 * The claim calculator's link read by the documents page: for any state the calculator can write, the documents
 * read the same debt, invoices, payments and dates (both through src/lib/claim/url-state.ts, the one owner).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultState, toSearchParams, type ClaimState } from '../../../src/lib/claim/url-state';
import { formatDay, isoFromDay, requireDay, type Day } from '../../../src/lib/date/day';
import { formatField, toUrl } from '../../../src/lib/money/kopecks';
import { readDocUrl } from '../../../src/lib/documents/url-state';
import { day } from './fixtures';

const TODAY = day('2026-11-30');
const date = fc.integer({ min: requireDay('2016-08-01'), max: requireDay('2027-12-31') }).map((n) => n as Day);
const kopecks = fc.integer({ min: 1, max: 10_000_000_000 });
/** A date as a person may type it: ISO or ДД.ММ.ГГГГ. */
const typedDate = (d: Day, ru: boolean) => (ru ? formatDay(d) : isoFromDay(d));
/** An amount as a person may type it: «60 000,5» or «60000.5». */
const typedMoney = (k: number, spaced: boolean) => (spaced ? formatField(k) : toUrl(k));
const line = fc.record({ date, amount: kopecks, ru: fc.boolean(), spaced: fc.boolean() });
/** An invoice line, with when it arose (goods delivered, work handed over) or not. */
const invoice = fc.record({
  date,
  amount: kopecks,
  ru: fc.boolean(),
  spaced: fc.boolean(),
  arose: fc.option(date, { nil: null }),
});

describe('a claim calculator link on the documents page', () => {
  it('gives the documents the same debt, invoices, payments and dates', () => {
    fc.assert(
      fc.property(
        invoice,
        fc.array(invoice, { maxLength: 4 }),
        fc.array(fc.tuple(line, fc.nat(5)), { maxLength: 4 }),
        fc.option(date, { nil: null }),
        date,
        fc.option(date, { nil: null }),
        (first, invoices, payments, sent, to, cancelled) => {
          const state: ClaimState = {
            ...defaultState(isoFromDay(TODAY)),
            debt: typedMoney(first.amount, first.spaced),
            due: typedDate(first.date, first.ru),
            arose: first.arose ? typedDate(first.arose, first.ru) : '',
            invoices: invoices.map((i) => ({
              due: typedDate(i.date, i.ru),
              amount: typedMoney(i.amount, i.spaced),
              arose: i.arose ? typedDate(i.arose, !i.ru) : '',
            })),
            payments: payments.map(([p, n]) => ({
              date: typedDate(p.date, p.ru),
              amount: typedMoney(p.amount, p.spaced),
              invoice: n > invoices.length + 1 || n === 0 ? '' : String(n),
            })),
            to: isoFromDay(to),
            claimSent: sent ? typedDate(sent, true) : '',
            orderFiled: cancelled ? typedDate(cancelled, false) : '',
            orderCancelled: cancelled ? typedDate(cancelled, true) : '',
          };
          const read = readDocUrl(toSearchParams(state), TODAY);
          expect(read.problems).toEqual([]);
          expect(read.debt).toEqual({
            invoices: [first, ...invoices].map((i) => ({ due: i.date, amount: i.amount })),
            payments: payments.map(([p]) => ({ date: p.date, amount: p.amount })),
            to,
            claimSent: sent,
            orderCancelled: cancelled,
          });
        },
      ),
    );
  });
});
