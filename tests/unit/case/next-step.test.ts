import { describe, expect, it } from 'vitest';
import { isoFromDay, requireDay } from '../../../src/lib/date/day';
import { addDays } from '../../../src/lib/date/arithmetic';
import fc from 'fast-check';
import { setPart, setStep, addCase, recordDoc } from '../../../src/lib/case/actions';
import { caseTimeline, nextStep, STEP_LABELS } from '../../../src/lib/case/next-step';
import { caseIcs } from '../../../src/lib/case/case-ics';
import { STEP_IDS, emptyState, type Case, type StepId } from '../../../src/lib/case/stored-state';

/** A case with a claim query and the given steps. */
function aCase(query: string | null, steps: Partial<Record<StepId, string>> = {}, dueDate = ''): Case {
  let s = addCase(emptyState(), 'c1', 1, dueDate ? { dueDate } : {});
  if (query !== null) s = setPart(s, 'c1', 'claim', query, 2);
  for (const [id, date] of Object.entries(steps)) s = setStep(s, 'c1', id as StepId, date, 3);
  return s.cases['c1']!;
}

const COMPANY = 'debt=100000&due=2026-09-01';

describe('the next step after the претензия', () => {
  it('tells a company debtor the first day to sue: 30 calendar days after sending', () => {
    const next = nextStep(aCase(COMPANY, { claimSent: '2026-10-20' }), '2026-10-25');
    expect(next.text).toBe('Претензия отправлена 20.10.2026 → с 20.11.2026 можно подать иск');
    expect(next).toMatchObject({ step: 'suitFiled', date: '2026-11-20' });
  });

  it('counts the same for an ИП, and says so on the last day of waiting and the first day after', () => {
    const c = aCase(`${COMPANY}&debtor=ip`, { claimSent: '2026-10-20' });
    expect(nextStep(c, '2026-11-19').text).toContain('с 20.11.2026 можно подать иск');
    const after = nextStep(c, '2026-11-20');
    expect(after.text).toBe(
      'Претензия отправлена 20.10.2026 → с 20.11.2026 можно подать заявление о судебном приказе или иск',
    );
    expect(after.docs).toEqual(['court-order']);
  });

  it('moves the end of the wait past a weekend (ГК РФ ст. 193)', () => {
    // The 30th day, 07.11.2026, is a Saturday: the wait ends on Monday 09.11, a suit from 10.11.
    expect(nextStep(aCase(COMPANY, { claimSent: '2026-10-08' }), '2026-10-10').date).toBe('2026-11-10');
  });

  it('moves the end of the wait past the New Year holidays', () => {
    // The 30th day is 01.01.2027; the holidays run to Sunday 10.01: the wait ends on 11.01, a suit from 12.01.
    const next = nextStep(aCase(COMPANY, { claimSent: '2026-12-02' }), '2026-12-06');
    expect(next.text).toContain('с 12.01.2027 можно подать иск');
  });

  it('with a private person: no 30-day wait unless a law requires the claim', () => {
    const next = nextStep(aCase(`${COMPANY}&debtor=person`, { claimSent: '2026-10-20' }), '2026-10-21');
    expect(next.text).toContain('ждать 30 календарных дней не нужно');
    expect(next.date).toBeNull();
    expect(next.docs).toEqual(['court-order']);
  });

  it('without a claim calculation, names the date for a company or ИП and says a person need not wait', () => {
    const next = nextStep(aCase(null, { claimSent: '2026-10-20' }), '2026-10-21');
    expect(next.text).toContain('если должник — компания или ИП, с 20.11.2026 можно подать иск');
    expect(next.text).toContain('если гражданин, ждать не нужно');
  });

  it('counts from the day it was received when the sending date is not marked (never earlier than the law)', () => {
    expect(nextStep(aCase(COMPANY, { claimReceived: '2026-10-20' }), '2026-10-21').date).toBe('2026-11-20');
  });
});

describe('the next step before and after the court', () => {
  it('asks for the претензия first when nothing is marked and the debt is overdue', () => {
    const next = nextStep(aCase(COMPANY), '2026-10-01');
    expect(next).toMatchObject({ step: 'claimSent', date: null, docs: ['claim'] });
    expect(next.text).toContain('Претензия ещё не отправлена');
  });

  it('names the due date while it has not passed (the due date itself included)', () => {
    const c = aCase('debt=1000&due=2026-12-10');
    expect(nextStep(c, '2026-12-10')).toMatchObject({ date: '2026-12-10', docs: ['reminder', 'claim'] });
    expect(nextStep(c, '2026-12-11').date).toBeNull();
  });

  it('reads the checklist’s due date when the case has no calculation', () => {
    expect(nextStep(aCase(null, {}, '2026-12-20'), '2026-12-01').text).toContain('Срок оплаты — 21.12.2026');
  });

  it('after a court order: the debtor may object within 10 days of receiving it', () => {
    const next = nextStep(aCase(COMPANY, { orderFiled: '2026-11-01', orderIssued: '2026-11-10' }), '2026-11-12');
    expect(next.text).toBe(
      'Приказ выдан 10.11.2026 → должник может возразить в течение 10 дней с получения. Отметьте, когда он его получит.',
    );
    expect(next.step).toBe('orderReceived');
  });

  it('after a cancelled order: sue, first sending a претензия to a company debtor who has none', () => {
    const noClaim = nextStep(aCase(COMPANY, { orderFiled: '2026-11-01', orderCancelled: '2026-11-20' }), '2026-11-21');
    expect(noClaim).toMatchObject({ step: 'claimSent', docs: ['claim'] });
    const waited = nextStep(
      aCase(COMPANY, { claimSent: '2026-09-01', orderFiled: '2026-11-01', orderCancelled: '2026-11-20' }),
      '2026-11-21',
    );
    expect(waited.text).toBe('Приказ отменён 20.11.2026 → подайте иск');
    const waiting = nextStep(
      aCase(COMPANY, { claimSent: '2026-11-10', orderFiled: '2026-11-11', orderCancelled: '2026-11-20' }),
      '2026-11-21',
    );
    expect(waiting).toMatchObject({ step: 'suitFiled', date: '2026-12-11' });
  });

  it('after the judgment takes effect: the writ may be presented for 3 years', () => {
    const next = nextStep(aCase(COMPANY, { suitFiled: '2026-01-10', judgmentInForce: '2026-03-02' }), '2026-03-03');
    expect(next.text).toContain('предъявить его можно до 02.03.2029');
    expect(next).toMatchObject({ step: 'writIssued', date: '2029-03-02', limitation: null });
  });

  it('once paid there is no next step', () => {
    expect(nextStep(aCase(COMPANY, { claimSent: '2026-10-01', paid: '2026-10-15' }), '2026-10-20')).toMatchObject({
      step: null,
      date: null,
      text: 'Долг оплачен 15.10.2026. Дело можно убрать в архив.',
    });
  });

  it('every step, marked alone, has a sentence naming its date and a next step unless it is the last', () => {
    for (const id of STEP_IDS) {
      const next = nextStep(aCase(COMPANY, { [id]: '2026-10-20' }), '2026-10-25');
      expect(next.text, id).toContain('20.10.2026');
      expect(next.step === null, id).toBe(id === 'paid');
      expect(next.step, id).not.toBe(id);
    }
  });

  it('a cleared step no longer counts', () => {
    const c = aCase(COMPANY, { claimSent: '2026-10-20', orderFiled: '' });
    expect(nextStep(c, '2026-10-25').date).toBe('2026-11-20');
  });
});

describe('the limitation period', () => {
  // Due 10.01.2024: three years end on Sunday 10.01.2027, in the holidays; the last day is Monday 11.01.2027.
  const c = aCase('debt=1000&due=2024-01-10&inv=2025-01-10:500');
  it('counts the days left to its end, moved to a working day', () => {
    expect(nextStep(c, '2026-12-06').limitation).toEqual({
      date: '2027-01-11',
      daysLeft: 36,
      text: 'До конца срока давности 36 дней (последний день — 11.01.2027).',
    });
    expect(nextStep(c, '2027-01-10').limitation?.text).toBe(
      'До конца срока давности 1 день (последний день — 11.01.2027).',
    );
  });

  it('says when today is the last day, and when it has passed', () => {
    expect(nextStep(c, '2027-01-11').limitation?.text).toBe('Сегодня, 11.01.2027, — последний день срока давности.');
    expect(nextStep(c, '2027-01-12').limitation?.text).toContain('Срок давности истёк 11.01.2027');
  });

  it('does not move the due date when the calculation says not to', () => {
    // As the calculator with the working-day rule off: neither the due date nor the end moves.
    expect(nextStep(aCase('debt=1000&due=2024-01-10&workdays=0'), '2026-12-06').limitation?.date).toBe('2027-01-10');
    // Due Saturday 13.01.2024: moved to Monday 15.01 → 15.01.2027; unmoved → 13.01.2027.
    expect(nextStep(aCase('debt=1000&due=2024-01-13'), '2026-12-06').limitation?.date).toBe('2027-01-15');
    expect(nextStep(aCase('debt=1000&due=2024-01-13&workdays=0'), '2026-12-06').limitation?.date).toBe('2027-01-13');
  });

  it('stops while a court-order application is pending and is not shown once a suit is filed', () => {
    expect(
      nextStep(aCase('debt=1000&due=2024-01-10', { orderFiled: '2026-11-01' }), '2026-12-06').limitation,
    ).toBeNull();
    expect(
      nextStep(aCase('debt=1000&due=2024-01-10', { suitFiled: '2026-11-01' }), '2026-12-06').limitation,
    ).toBeNull();
  });

  it('runs again, lengthened, after the order is cancelled', () => {
    const next = nextStep(
      aCase('debt=1000&due=2024-01-10', {
        claimSent: '2026-10-01',
        orderFiled: '2026-11-01',
        orderCancelled: '2026-11-21',
      }),
      '2026-12-06',
    );
    // 20 days stopped: 10.01.2027 + 20 = 30.01.2027 is less than 6 months from 21.11.2026 → 21.05.2027.
    expect(next.limitation?.date).toBe('2027-05-21');
  });
});

describe('the case’s timeline and calendar', () => {
  let s = addCase(emptyState(), 'c1', 1, { client: 'ООО «Ромашка»' });
  s = setStep(s, 'c1', 'orderFiled', '2026-11-01', 2);
  s = setStep(s, 'c1', 'claimSent', '2026-10-20', 3);
  s = recordDoc(s, 'c1', 'd1', { doc: 'claim', date: '2026-10-20', query: '', inputs: '' }, 4);
  const c = s.cases['c1']!;

  it('lists the steps and papers oldest first, a paper before the step of the same day', () => {
    expect(caseTimeline(c, (d) => (d === 'claim' ? 'Претензия' : d)).map((i) => `${i.date} ${i.label}`)).toEqual([
      '2026-10-20 Подготовлен документ: Претензия',
      `2026-10-20 ${STEP_LABELS.claimSent}`,
      `2026-11-01 ${STEP_LABELS.orderFiled}`,
    ]);
  });

  it('puts every step and the next step’s date into one calendar file', () => {
    const c2 = aCase(COMPANY, { claimSent: '2026-10-20' });
    const ics = caseIcs('c1', c2, nextStep(c2, '2026-10-25'), new Date('2026-10-25T10:00:00Z'));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261020');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261120');
    expect(ics).toContain('TRIGGER:-P7D');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('the next step, whatever the case holds', () => {
  const isoDay = fc.integer({ min: 0, max: 365 * 60 }).map((n) => isoFromDay(addDays(requireDay('1990-01-01'), n)));
  const query = fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc
      .record({
        due: isoDay,
        debtor: fc.constantFrom('', '&debtor=company', '&debtor=ip', '&debtor=person', '&debtor=x'),
        workdays: fc.constantFrom('', '&workdays=0'),
        inv: fc.array(isoDay, { maxLength: 3 }),
      })
      .map(
        ({ due, debtor, workdays, inv }) =>
          `debt=1000&due=${due}${debtor}${workdays}${inv.map((d) => `&inv=${d}:10`).join('')}`,
      ),
    fc.string({ maxLength: 40 }),
  );

  it('always has a sentence and real dates, and no next step only once paid', () => {
    fc.assert(
      fc.property(
        query,
        fc.dictionary(fc.constantFrom(...STEP_IDS), fc.oneof(isoDay, fc.constant(''))),
        isoDay,
        (q, steps, today) => {
          const next = nextStep(aCase(q, steps), today);
          expect(next.text.length).toBeGreaterThan(10);
          for (const d of [next.date, next.limitation?.date ?? null])
            if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(next.step === null).toBe(!!steps.paid);
        },
      ),
      { numRuns: 300 },
    );
  });
});
