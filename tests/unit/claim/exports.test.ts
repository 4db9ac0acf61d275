import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { calculateClaim } from '../../../src/lib/claim/calculate';
import { claimCsv, CSV_HEADER } from '../../../src/lib/claim/export-csv';
import { deadlinesIcs, ICS_TITLES } from '../../../src/lib/claim/export-ics';
import { claimText } from '../../../src/lib/claim/export-text';
import { timelineMarks } from '../../../src/lib/claim/timeline';
import { workedExample, EXAMPLE_INPUT } from '../../../src/lib/claim/worked-example';
import { fieldLabel } from '../../../src/lib/claim/messages';
import { rubles } from '../../../src/lib/claim/format';
import { parseMoney } from '../../../src/lib/money/kopecks';
import type { ClaimInput } from '../../../src/lib/claim/result';

const input: ClaimInput = {
  invoices: [
    { amount: 200_000_00, due: '2025-03-10' },
    { amount: 50_000_00, due: '2025-04-10' },
  ],
  to: '2025-04-30',
  payments: [{ date: '2025-04-01', amount: 50_000_00 }],
  kind: '395',
  penaltyPerDay: 0,
  capBp: null,
  moratorium: 'auto',
  debtor: 'company',
  claimSent: '2025-04-15',
  userRates: [],
};
const result = calculateClaim(input);
const kop = (s: string | undefined) => {
  const m = parseMoney(s ?? '');
  if (!m.ok) throw new Error(`not money: ${s}`);
  return m.value;
};

describe('CSV for Russian Excel', () => {
  it('reads back, with a real parser, into the rows and totals', () => {
    const csv = claimCsv(result);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const records: string[][] = parse(csv, { delimiter: ';', bom: true });
    const [header, ...rest] = records;
    expect(header).toEqual([...CSV_HEADER]);
    const body = rest.filter((r) => r[0] !== '');
    expect(body.map((r) => [Number(r[0]) - 1, kop(r[4]), kop(r[8])])).toEqual(
      result.rows.map((r) => [r.invoice, r.debt, r.amount]),
    );
    const totals = Object.fromEntries(rest.filter((r) => r[0] === '').map((r) => [String(r[7]), kop(r[8])] as const));
    expect(totals['Итого проценты']).toBe(result.totals.interest);
    expect(totals['Цена иска']).toBe(result.totals.claim);
    expect(totals['Остаток долга']).toBe(result.totals.debtLeft);
  });
});

describe('the deadlines calendar', () => {
  it('is valid iCalendar with the suit date and the limitation end', () => {
    const ics = deadlinesIcs(result, { now: new Date(Date.UTC(2026, 10, 30, 9)) });
    const comp = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = comp.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return [e.summary, e.startDate.toString()];
    });
    // Claim sent 15.04.2025: the 30 days are 16.04–15.05, the suit from 16.05.2025; limitation to 10.03.2028.
    expect(events).toEqual([
      [ICS_TITLES.suit, '2025-05-16'],
      [ICS_TITLES.limitation, '2028-03-10'],
    ]);
  });

  it('leaves out a date that cannot be counted yet', () => {
    const r = calculateClaim({ ...input, claimSent: null });
    expect(deadlinesIcs(r, { now: new Date(0) }).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});

describe('the text to copy', () => {
  it('has one line per period with its formula and the totals', () => {
    const text = claimText(result, input.to);
    expect(text).toMatch(
      /^Расчёт процентов за пользование чужими денежными средствами \(ст\. 395 ГК РФ\) по 30\.04\.2025/,
    );
    // 200 000 × 22 × 21 % / 365 = 2 531,5068 → 2 531,51 (no-break spaces keep «21 %» and «₽» with their numbers)
    expect(text).toContain('11.03.2025–01.04.2025 (22 дн.): 200 000,00 × 22 × 21\u00a0% / 365 = 2 531,51\u00a0₽');
    expect(text).toContain('Счёт 2: сумма долга 50 000,00\u00a0₽, срок оплаты — 10.04.2025.');
    expect(text).toContain('Всего к оплате: ');
    expect(text).not.toMatch(/[\u202f]/);
  });

  it('names a penalty and a secondary-source rate', () => {
    const p = calculateClaim({ ...input, kind: 'penalty', penaltyPerDay: 1000, capBp: 100 });
    expect(claimText(p, input.to)).toMatch(/^Расчёт неустойки/);
    expect(claimText(p, input.to)).toContain('(предел неустойки)');
    const late = calculateClaim({
      ...input,
      invoices: [{ amount: 100_000_00, due: '2026-08-01' }],
      to: '2026-08-10',
      payments: [],
    });
    const text = claimText(late, '2026-08-10');
    // Each secondary-source line is marked «*», and the text says what that means once, as its last line.
    expect(text.split('\n').filter((l) => / \*$/.test(l)).length).toBeGreaterThan(0);
    expect(text.match(/вторичн/g)).toHaveLength(1);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '* Ключевая ставка по данным вторичных источников. Сверьте с сайтом Банка России, cbr.ru.',
    );
  });
});

describe('the timeline', () => {
  it('places the dates in order between the due date and the latest date, today marked', () => {
    const marks = timelineMarks(result, '2025-04-15', '2026-11-30');
    expect(marks.map((m) => [m.key, m.date, m.past])).toEqual([
      ['due', '10.03.2025', true],
      ['claim', '15.04.2025', true],
      ['suit', '16.05.2025', true],
      ['today', '30.11.2026', false],
      ['limitation', '10.03.2028', false],
    ]);
    expect(marks[0]?.at).toBe(0);
    expect(marks.at(-1)?.at).toBe(1000);
  });
});

describe('the worked example on the page', () => {
  it('is the library’s own calculation of the example input', () => {
    const ex = workedExample();
    const r = calculateClaim(EXAMPLE_INPUT);
    expect(ex.rows).toHaveLength(r.rows.length);
    expect(ex.claim).toContain(',');
    expect(ex.query).toBe('debt=250000&due=2025-03-10&to=2025-09-30&pay=2025-06-20%3A100000&claimSent=2025-08-01');
  });
});

describe('labels and whole rubles', () => {
  it.each([
    ['debt', 'Сумма долга'],
    ['inv.0.due', 'Счёт 2: срок оплаты'],
    ['pay.1.amount', 'Оплата 2: сумма'],
    ['rate.0.percent', 'Ставка 1: ставка'],
    ['unknown', 'unknown'],
  ])('%s → %s', (key, label) => {
    expect(fieldLabel(key)).toBe(label);
  });

  it('writes whole rubles without kopecks', () => {
    expect(rubles(75_000_000)).toBe('750\u00a0000\u00a0₽');
    expect(rubles(150)).toBe('1,50\u00a0₽');
  });
});
