import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { buildSchedule, type InstallmentInput, type Schedule } from '../../../src/lib/calculator/schedule';
import { scheduleCsv, CSV_HEADER, CSV_DOWN_LABEL, CSV_TOTAL_LABEL } from '../../../src/lib/calculator/export-csv';
import { escapeText, foldLine, scheduleIcs } from '../../../src/lib/calculator/export-ics';
import { agreementText } from '../../../src/lib/calculator/export-text';
import { formatRub, parseMoney } from '../../../src/lib/money/kopecks';
import { FREQUENCIES } from '../../../src/lib/calculator/dates';
import { fromCivil, utcDate } from '../../../src/lib/date/day';
import { addDays } from '../../../src/lib/date/arithmetic';
import { formatDateNumeric, toIsoDate } from '../../../src/lib/format/date';

const input: InstallmentInput = {
  amount: 12_000_000,
  down: 3_000_000,
  n: 3,
  every: 'month',
  start: new Date(Date.UTC(2027, 0, 31)),
  rateBp: 1200,
  method: 'annuity',
};
const now = new Date(Date.UTC(2026, 10, 27, 9, 30));
const kopecks = (s: string | undefined) => {
  const r = parseMoney(s ?? '', { allowZero: true });
  if (!r.ok) throw new Error(`not money: ${s}`);
  return r.value;
};

/** Read the CSV back with a real parser into the schedule's own numbers. */
function csvBack(csv: string) {
  const records: string[][] = parse(csv, { delimiter: ';', bom: true, relax_column_count: false });
  const [header, ...rest] = records;
  const total = rest.pop();
  return {
    header,
    total,
    rows: rest.map((r) => ({
      number: r[0],
      date: r[1],
      payment: kopecks(r[2]),
      principal: kopecks(r[3]),
      interest: kopecks(r[4]),
      remaining: kopecks(r[5]),
    })),
  };
}
const expectedRows = (s: Schedule) =>
  s.rows.map((r) => ({
    number: r.down ? CSV_DOWN_LABEL : String(r.number),
    date: formatDateNumeric(r.date),
    payment: r.payment,
    principal: r.principal,
    interest: r.interest,
    remaining: r.remaining,
  }));

/** Read the calendar back with ical.js: date and amount in the title of each event. */
function icsBack(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      date: e.startDate.toString(),
      isDate: e.startDate.isDate,
      summary: e.summary,
      uid: e.uid,
      alarm: v.getFirstSubcomponent('valarm') !== null,
    };
  });
}

describe('CSV for Russian Excel and LibreOffice', () => {
  const schedule = buildSchedule(input);
  const csv = scheduleCsv(schedule);

  it('is UTF-8 with a BOM, `;`-separated, with decimal commas and CRLF', () => {
    expect(csv.startsWith('\uFEFF№;Дата;')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.split('\r\n')[1]).toBe('Первый взнос;31.01.2027;30000,00;30000,00;0,00;90000,00');
  });

  it('reads back to the same schedule, with totals', () => {
    const back = csvBack(csv);
    expect(back.header).toEqual([...CSV_HEADER]);
    expect(back.rows).toEqual(expectedRows(schedule));
    expect(back.total?.[0]).toBe(CSV_TOTAL_LABEL);
    expect(kopecks(back.total?.[2])).toBe(schedule.totalPaid);
    expect(kopecks(back.total?.[4])).toBe(schedule.overpayment);
  });
});

describe('calendar file', () => {
  const schedule = buildSchedule(input);
  const ics = scheduleIcs(schedule, { now, title: 'ООО «Ромашка», договор № 5; счёт 18' });

  it('has one all-day event per payment with a reminder, read back by ical.js', () => {
    const events = icsBack(ics);
    expect(events.map((e) => e.date)).toEqual(schedule.rows.map((r) => toIsoDate(r.date)));
    expect(events.every((e) => e.isDate && e.alarm)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[1]?.summary).toBe('Платёж 1 из 3 (ООО «Ромашка», договор № 5; счёт 18): 30 601,99 ₽');
    expect(ics).toContain('DTSTAMP:20261127T093000Z');
  });

  it('keeps every line within 75 octets, folded without breaking a character', () => {
    const enc = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
    const long = 'SUMMARY:' + 'Платёж'.repeat(40);
    expect(foldLine(long).replace(/\r\n /g, '')).toBe(long);
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});

describe('exports of any schedule read back the same', () => {
  const plans = fc
    .record({
      amount: fc.integer({ min: 100, max: 1_000_000_000 }),
      down: fc.integer({ min: 0, max: 50 }),
      n: fc.integer({ min: 1, max: 120 }),
      every: fc.constantFrom(...FREQUENCIES),
      day: fc.integer({ min: 0, max: 10_000 }),
      rateBp: fc.integer({ min: 0, max: 5000 }),
      method: fc.constantFrom('annuity' as const, 'equal-principal' as const),
    })
    .map(({ day, down, ...p }) => ({
      ...p,
      down: Math.floor((p.amount * down) / 100),
      start: utcDate(addDays(fromCivil(2026, 1, 1), day)),
    }))
    .filter((p) => (p.amount - p.down) / p.n >= 100);

  it('CSV and .ics', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const s = buildSchedule(p);
        expect(csvBack(scheduleCsv(s)).rows).toEqual(expectedRows(s));
        expect(icsBack(scheduleIcs(s, { now })).map((e) => e.date)).toEqual(s.rows.map((r) => toIsoDate(r.date)));
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('agreement text', () => {
  it('lists the down payment, each dated payment and the total', () => {
    const s = buildSchedule(input);
    const text = agreementText(input, s);
    const lines = text.split('\n');
    expect(lines[0]).toBe('График платежей');
    expect(text).toContain('31.01.2027');
    for (const r of s.rows) expect(text).toContain(formatDateNumeric(r.date));
    expect(lines.filter((l) => /^\d+\) /.test(l))).toHaveLength(3);
    expect(text).toContain('3\u00a0платежа');
  });

  it('reads as one agreement clause: the debt named once, never «Сумма … Сумма …»', () => {
    const count = (text: string, part: string) => text.split(part).length - 1;
    const plain = { ...input, amount: 10_000_000, down: 0, rateBp: 0 };
    const text = agreementText(plain, buildSchedule(plain));
    expect(count(text.split('\n')[2] ?? '', formatRub(10_000_000))).toBe(1);
    expect(text.split('\n')[2]).toBe(
      `Долг в сумме ${formatRub(10_000_000)} погашается ежемесячно, в\u00a03\u00a0платежа, в следующие сроки:`,
    );
    const withDown = agreementText(input, buildSchedule(input));
    expect(count(withDown, formatRub(12_000_000))).toBe(1);
    expect(count(withDown, formatRub(9_000_000))).toBe(1);
    expect(withDown).not.toMatch(/Сумма/);
    // The interest basis is part of the clause: interest runs from the first date (the down payment).
    expect(withDown).toContain('начисляемыми с 31.01.2027');
  });

  it('without interest, payments carry no breakdown', () => {
    const plain = { ...input, down: 0, rateBp: 0 };
    const text = agreementText(plain, buildSchedule(plain));
    expect(text).not.toContain('проценты');
    expect(text).not.toContain('первый взнос');
  });
});
