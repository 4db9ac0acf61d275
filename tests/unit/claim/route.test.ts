import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stateDuty } from '../../../src/lib/claim/duty';
import { courtRoute } from '../../../src/lib/claim/route';
import { limitationDeadline, suitDeadline } from '../../../src/lib/claim/deadlines';
import { requireDay } from '../../../src/lib/date/day';

const R = 100;
const rub = (n: number) => Math.round(n * R);

describe('state duty, НК РФ ст. 333.21 (arbitration), whole rubles', () => {
  it.each([
    // claim ₽, suit ₽, court order ₽ — worked by hand from the brackets
    [100_000, 10_000, 8_000], // 50 % = 5 000, raised to the 8 000 minimum
    [100_700.17, 10_035, 8_000], // 10 000 + 5 % × 700,17 = 10 035,0085
    [100_010, 10_001, 8_000], // 10 000,50 → 10 001
    [100_009.9, 10_001, 8_000], // 10 000,495 → 10 000,50 to the kopeck → 10 001
    [100_009.8, 10_000, 8_000], // 10 000,49 → 10 000
    [500_000, 30_000, 15_000], // 10 000 + 5 % × 400 000
    [600_000, 35_000, 17_500],
    [750_000, 42_500, 21_250],
    [1_000_000, 55_000, 27_500],
    [2_345_678.9, 95_370, 47_685], // 55 000 + 3 % × 1 345 678,90 = 95 370,367
    [100_000_000, 975_000, 487_500], // 725 000 + 0,5 % × 50 000 000
    [3_000_000_000, 10_000_000, 5_000_000], // capped at 10 000 000
  ])('%s ₽ → suit %s ₽, court order %s ₽', (claim, suit, order) => {
    expect(stateDuty('arbitration', rub(claim), 'claim')).toBe(suit * R);
    expect(stateDuty('arbitration', rub(claim), 'order')).toBe(order * R);
  });
});

describe('state duty, НК РФ ст. 333.19 (general courts), whole rubles', () => {
  it.each([
    [50_000, 4_000, 2_000],
    [100_000, 4_000, 2_000],
    [250_000, 8_500, 4_250], // 4 000 + 3 % × 150 000
    [250_050, 8_502, 4_251], // 8 501,50 → 8 502; half is 4 251
    [400_000, 12_500, 6_250], // 10 000 + 2,5 % × 100 000
    [500_000, 15_000, 7_500],
    [2_000_000, 35_000, 17_500], // 25 000 + 1 % × 1 000 000
    [5_000_000, 59_000, 29_500], // 45 000 + 0,7 % × 2 000 000
    [200_000_000, 464_000, 232_000], // 314 000 + 0,15 % × 100 000 000
    [1_000_000_000, 900_000, 450_000], // capped at 900 000
  ])('%s ₽ → suit %s ₽, court order %s ₽', (claim, suit, order) => {
    expect(stateDuty('general', rub(claim), 'claim')).toBe(suit * R);
    expect(stateDuty('general', rub(claim), 'order')).toBe(order * R);
  });

  it('never falls as the claim grows and is always whole rubles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000_000_00 }), fc.integer({ min: 0, max: 10_000_000 }), (a, d) => {
        for (const court of ['arbitration', 'general'] as const)
          for (const p of ['claim', 'order'] as const) {
            const x = stateDuty(court, a, p);
            expect(x % 100).toBe(0);
            expect(stateDuty(court, a + d, p)).toBeGreaterThanOrEqual(x);
          }
      }),
    );
  });
});

describe('court route by the whole claim amount and the debtor', () => {
  it.each([
    ['company', 700_000, 'arbitration', 'order'],
    ['company', 750_000, 'arbitration', 'order'],
    ['company', 750_000.01, 'arbitration', 'simplified'],
    ['company', 1_200_000, 'arbitration', 'simplified'],
    ['company', 1_300_000, 'arbitration', 'claim'],
    ['ip', 700_000, 'arbitration', 'order'],
    ['ip', 800_000, 'arbitration', 'claim'], // simplified for an ИП only up to 600 000
    ['person', 200_000, 'general', 'order'],
    ['person', 500_000, 'general', 'order'],
    ['person', 500_000.01, 'general', 'claim'], // simplified only up to 250 000
  ] as const)('%s, %s ₽ → %s court, %s', (debtor, amount, court, procedure) => {
    const r = courtRoute(rub(amount), debtor);
    expect(r.court).toBe(court);
    expect(r.procedure).toBe(procedure);
    expect(r.options.map((o) => o.procedure)).toEqual(['order', 'simplified', 'claim']);
  });

  it('gives each procedure its duty and article, with the facts file’s certainty', () => {
    const r = courtRoute(rub(500_000), 'company');
    expect(r.options.map((o) => [o.procedure, o.fits, o.duty / R, o.dutyArticle, o.mark, o.dutyMark])).toEqual([
      ['order', true, 15_000, 'НК РФ ст. 333.21 п. 1 пп. 3', 'L', 'C2'],
      ['simplified', true, 30_000, 'НК РФ ст. 333.21 п. 1 пп. 1', 'C', 'C'],
      ['claim', true, 30_000, 'НК РФ ст. 333.21 п. 1 пп. 1', 'C', 'C'],
    ]);
    expect(courtRoute(rub(5_000_000), 'person').options[2]?.dutyMark).toBe('C');
    expect(courtRoute(rub(20_000_000), 'person').options[2]?.dutyMark).toBe('L');
    expect(courtRoute(rub(200_000_000), 'person').options[2]?.dutyMark).toBe('C2');
  });
});

describe('deadlines', () => {
  const d = requireDay;

  it('arbitration: the 30 days run from the day after the letter; the suit may be filed the day after them', () => {
    // Sent 01.03.2025: the days are 02.03–31.03; file from 01.04.2025.
    const s = suitDeadline('company', d('2025-03-01'));
    expect(s.date).toBe('2025-04-01');
    expect(s.how).toContain('02.03.2025 по 31.03.2025');
    expect(suitDeadline('ip', null).date).toBeNull();
    expect(suitDeadline('person', d('2025-03-01')).date).toBeNull();
  });

  it('limitation: three years to the same day and month; 29 February falls on 28 February', () => {
    expect(limitationDeadline(d('2025-03-10'), 1).date).toBe('2028-03-10');
    expect(limitationDeadline(d('2024-02-29'), 1, false).date).toBe('2027-02-28');
    // 28.02.2027 is a Sunday: the period ends on Monday 01.03.2027 (ГК РФ ст. 193).
    expect(limitationDeadline(d('2024-02-29'), 1).date).toBe('2027-03-01');
    expect(limitationDeadline(d('2024-02-29'), 2).how).toMatch(/^По самому раннему счёту/);
  });
});
