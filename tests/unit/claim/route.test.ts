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
    [100_009.9, 10_000, 8_000], // exactly 10 000,495: rounded once, under 50 kopecks → 10 000
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
    [250_050, 8_502, 4_251], // 8 501,50 → 8 502; half of the exact 8 501,50 is 4 250,75 → 4 251
    [100_016.5, 4_000, 2_000], // exactly 4 000,495 → 4 000 (not 4 000,50 → 4 001); half 2 000,2475 → 2 000
    [100_016.83, 4_001, 2_000], // 4 000,5049 → 4 001; the order is half the exact 4 000,5049 → 2 000 (not 4 001 ÷ 2 → 2 001)
    [100_020, 4_001, 2_000], // 4 000,60 → 4 001; half of 4 000,60 is 2 000,30 → 2 000
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

describe('state duty: one kopeck either side of every bracket and cap (rounded once, from the exact value)', () => {
  // claim ₽ (string: exact kopecks), suit ₽, court order ₽; the exact duty worked by hand from the brackets.
  const kop = (s: string) => Number(s.replace('.', ''));
  it.each([
    ['arbitration', '99999.99', 10_000, 8_000],
    ['arbitration', '100000.01', 10_000, 8_000], // 10 000,0005
    ['arbitration', '999999.99', 55_000, 27_500], // 54 999,9995
    ['arbitration', '1000000.01', 55_000, 27_500], // 55 000,0003
    ['arbitration', '9999999.99', 325_000, 162_500], // 324 999,9997
    ['arbitration', '10000000.01', 325_000, 162_500], // 325 000,0001
    ['arbitration', '49999999.99', 725_000, 362_500], // 724 999,9999
    ['arbitration', '50000000.01', 725_000, 362_500], // 725 000,00005
    ['arbitration', '1904999999.99', 10_000_000, 5_000_000], // 9 999 999,99995, just under the cap
    ['arbitration', '1905000000.01', 10_000_000, 5_000_000], // capped
    ['arbitration', '100009.89', 10_000, 8_000], // 10 000,4945
    ['arbitration', '100009.90', 10_000, 8_000], // 10 000,495
    ['arbitration', '100009.91', 10_000, 8_000], // 10 000,4955
    ['arbitration', '100009.99', 10_000, 8_000], // 10 000,4995
    ['arbitration', '100010.00', 10_001, 8_000], // 10 000,50
    ['arbitration', '1000016.50', 55_000, 27_500], // 55 000,495
    ['arbitration', '1000016.83', 55_001, 27_500], // 55 000,5049; half 27 500,25 → 27 500, not 55 001 ÷ 2
    ['general', '99999.99', 4_000, 2_000],
    ['general', '100000.01', 4_000, 2_000], // 4 000,0003
    ['general', '299999.99', 10_000, 5_000], // 9 999,9997
    ['general', '300000.01', 10_000, 5_000], // 10 000,00025
    ['general', '499999.99', 15_000, 7_500], // 14 999,99975
    ['general', '500000.01', 15_000, 7_500], // 15 000,0002
    ['general', '999999.99', 25_000, 12_500], // 24 999,9998
    ['general', '1000000.01', 25_000, 12_500], // 25 000,0001
    ['general', '2999999.99', 45_000, 22_500], // 44 999,9999
    ['general', '3000000.01', 45_000, 22_500], // 45 000,00007
    ['general', '7999999.99', 80_000, 40_000], // 79 999,99993
    ['general', '8000000.01', 80_000, 40_000], // 80 000,000035
    ['general', '23999999.99', 136_000, 68_000], // 135 999,999965
    ['general', '24000000.01', 136_000, 68_000], // 136 000,00003
    ['general', '49999999.99', 214_000, 107_000], // 213 999,99997
    ['general', '50000000.01', 214_000, 107_000], // 214 000,00002
    ['general', '99999999.99', 314_000, 157_000], // 313 999,99998
    ['general', '100000000.01', 314_000, 157_000], // 314 000,000015
    ['general', '490666666.66', 900_000, 450_000], // 899 999,99999, just under the cap
    ['general', '490666666.68', 900_000, 450_000], // capped
    ['general', '300019.80', 10_000, 5_000], // 10 000,495
    ['general', '300019.81', 10_000, 5_000], // 10 000,49525
    ['general', '300020.00', 10_001, 5_000], // 10 000,50; half 5 000,25 → 5 000
    ['general', '500024.75', 15_000, 7_500], // 15 000,495
  ] as const)('%s %s ₽ → suit %s ₽, court order %s ₽', (court, claim, suit, order) => {
    expect(stateDuty(court, kop(claim), 'claim')).toBe(suit * R);
    expect(stateDuty(court, kop(claim), 'order')).toBe(order * R);
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

  it('above its limit, simplified procedure still fits a documented debt (АПК ст. 227 ч. 2; ГПК ст. 232.2 ч. 1 п. 3)', () => {
    const simplified = (amount: number, debtor: 'company' | 'ip' | 'person') =>
      courtRoute(rub(amount), debtor).options.find((o) => o.procedure === 'simplified');
    expect(simplified(1_200_000, 'company')).toMatchObject({ fits: true, ifDocumented: null });
    expect(simplified(1_200_000.01, 'company')).toMatchObject({
      fits: false,
      ifDocumented: { article: 'АПК РФ ст. 227 ч. 2 п. 1', mark: 'C2' },
    });
    expect(simplified(600_000.01, 'ip')?.ifDocumented?.article).toBe('АПК РФ ст. 227 ч. 2 п. 1');
    expect(simplified(250_000, 'person')?.ifDocumented).toBeNull();
    expect(simplified(250_000.01, 'person')?.ifDocumented).toEqual({
      article: 'ГПК РФ ст. 232.2 ч. 1 п. 3',
      mark: 'C2',
    });
    // The court order and the ordinary suit never carry it.
    const r = courtRoute(rub(5_000_000), 'company');
    expect(r.options.filter((o) => o.procedure !== 'simplified').every((o) => o.ifDocumented === null)).toBe(true);
  });

  it('which court hears the suit: a magistrate up to 100 000 ₽ and the district court above for a private person', () => {
    expect(courtRoute(rub(100_000), 'person').suitCourt).toBe('magistrate');
    expect(courtRoute(rub(100_000.01), 'person').suitCourt).toBe('district');
    expect(courtRoute(rub(50_000), 'company').suitCourt).toBe('arbitration');
    expect(courtRoute(rub(50_000), 'ip').suitCourt).toBe('arbitration');
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
