/** The worked examples shown under the calculator (and to readers without JavaScript), computed by the same code. */
import { buildSchedule, type InstallmentInput } from './schedule';
import { discountOffer, maxDiscountSentence } from './discount';
import { KEY_RATE_TABLE, latestKeyRate } from '../money/key-rate';
import { SECONDARY_SOURCE_NOTE, tableAsOf } from '../money/key-rate-notes';
import { formatRub } from '../money/kopecks';
import { formatBp, formatRatePct } from '../money/percent';
import { dayOfUtcDate, formatDay, formatIsoNumeric, isoFromDay, requireDay, utcDate } from '../date/day';

/** A schedule row, formatted for display. */
export interface WorkedRow {
  number: string;
  date: string;
  iso: string;
  payment: string;
  interest: string;
  remaining: string;
}

function example(input: InstallmentInput) {
  const s = buildSchedule(input);
  const rows: WorkedRow[] = s.rows.map((r) => ({
    number: r.down ? 'Взнос' : String(r.number),
    date: formatDay(dayOfUtcDate(r.date)),
    iso: isoFromDay(dayOfUtcDate(r.date)),
    payment: formatRub(r.payment),
    interest: formatRub(r.interest),
    remaining: formatRub(r.remaining),
  }));
  return { schedule: s, rows, total: formatRub(s.totalPaid) };
}

const day = (iso: string): Date => utcDate(requireDay(iso));

/** The examples: 100 000 ₽ in three payments from 31 January; the same with 12 % a year; 2 % off for paying in 10 days instead of 30. */
export function workedExamples() {
  const base: InstallmentInput = {
    amount: 10_000_000,
    down: 0,
    n: 3,
    every: 'month',
    start: day('2027-01-31'),
    rateBp: 0,
    method: 'annuity',
  };
  const plain = example(base);
  const annuity = example({ ...base, rateBp: 1200 });
  const key = latestKeyRate();
  const offer = discountOffer({
    amount: 10_000_000,
    discount: 200_000,
    fraction: 0.02,
    discountDays: 10,
    dueDays: 30,
    keyRateBp: key.bp,
  });
  return {
    plain: {
      ...plain,
      caption: `Долг ${formatRub(base.amount)}, три ежемесячных платежа с 31.01.2027, без процентов: два платежа по ${plain.rows[0]?.payment}, последний — ${plain.rows[2]?.payment}.`,
    },
    annuity: {
      ...annuity,
      caption: `Тот же долг под 12\u00a0% годовых равными платежами: ставка за месяц 1\u00a0%, первый платёж 31.01.2027 — без процентов, переплата ${formatRub(annuity.schedule.overpayment)}.`,
    },
    discount: {
      text: `Пример: счёт на ${formatRub(10_000_000)}; в письме клиенту: «скидка 2\u00a0% при оплате в течение 10\u00a0дней, иначе полная сумма в течение 30\u00a0дней». Клиент платит ${formatRub(offer.clientPays)}, экономит ${formatRub(offer.saving)} и получает их за то, что платит на 20 дней раньше: 0,02 ÷ 0,98 × 365 ÷ 20 ≈ ${formatRatePct(offer.simpleRate)} годовых, со сложным процентом — ${formatRatePct(offer.effectiveRate)}.`,
      reverse: `${maxDiscountSentence(offer, key.bp)}`,
    },
    keyRate: {
      rate: formatBp(key.bp),
      iso: key.from,
      date: formatIsoNumeric(key.from),
      /** Where to check a rate known from secondary sources only; empty for a confirmed one. */
      source: key.confirmed ? '' : ` (${SECONDARY_SOURCE_NOTE})`,
      asOf: tableAsOf(KEY_RATE_TABLE),
    },
  };
}
