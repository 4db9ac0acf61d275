/**
 * A case's next step («Моё дело», issue 22): from the steps the user marked, the debtor kind in the case's claim
 * query, its due dates and today — what to do next, from when or by when, and one sentence for people. The
 * dates are the claim calculator's (src/lib/claim/deadline-dates.ts: the 30-day wait after the претензия, the
 * limitation end with the court's stop), the terms src/lib/legal/terms.ts's; this module only picks and words.
 */
import { daysBetween, earlier } from '../date/arithmetic';
import { dayFromInput, dayFromIso, formatDay, isoFromDay, type Day } from '../date/day';
import { addYears, termEnd } from '../date/terms';
import { CLAIM_WAIT, ORDER_OBJECTIONS, TERMS } from '../legal/terms';
import { termText } from '../legal/wording';
import { plural } from '../format/plural';
import { limitationDates, suitDates } from '../claim/deadline-dates';
import { fromSearchParams } from '../claim/url-state';
import type { DebtorKind } from '../claim/result';
import type { DocId } from '../documents/catalog';
import { STEP_IDS, type Case, type StepId } from './stored-state';

/** What comes next in a case. */
export interface NextStep {
  /** The step the user marks next (its date control comes first on the page); null once the debt is paid. */
  step: StepId | null;
  /** The next step's date, YYYY-MM-DD: the first day it may be taken, or the last day for it; null when none. */
  date: string | null;
  /** The sentence: «Претензия отправлена 20.10.2026 → с 20.11.2026 можно подать иск». */
  text: string;
  /** The documents for the next step, one tap away. */
  docs: DocId[];
  /** The end of the limitation period while it runs (null once a court has the claim or nothing is known). */
  limitation: { date: string; daysLeft: number; text: string } | null;
}

/** The steps' names, as a timeline shows them («Претензия отправлена 20.10.2026»). */
export const STEP_LABELS: Record<StepId, string> = {
  claimSent: 'Претензия отправлена',
  claimReceived: 'Должник получил претензию',
  orderFiled: 'Заявление о судебном приказе подано',
  orderIssued: 'Судебный приказ выдан',
  orderReceived: 'Должник получил судебный приказ',
  orderCancelled: 'Судебный приказ отменён',
  suitFiled: 'Иск подан',
  judgment: 'Суд вынес решение',
  judgmentInForce: 'Решение вступило в силу',
  writIssued: 'Исполнительный лист получен',
  bankSent: 'Отправлено в банк должника',
  fsspSent: 'Отправлено приставам',
  paid: 'Долг оплачен',
};

const WAIT = termText(CLAIM_WAIT, 'calendarDays');
const OBJECTIONS = termText(ORDER_OBJECTIONS, 'daysGenitive');
const days = (n: number): string => `${n} ${plural(n, ['день', 'дня', 'дней'])}`;

/** The words of the next steps; `{…}` are dates (ДД.ММ.ГГГГ). */
const TEXT = {
  notSent: `Претензия ещё не отправлена → отправьте её: иск к компании или ИП можно подать через ${WAIT} после отправки (${CLAIM_WAIT.article}). Когда отправите, отметьте дату.`,
  notDue: (due: string) => `Срок оплаты — ${due}. Если деньги не придут, напомните клиенту и отправьте претензию.`,
  waiting: (sent: string, from: string) => `Претензия отправлена ${sent} → с ${from} можно подать иск`,
  waited: (sent: string, from: string) =>
    `Претензия отправлена ${sent} → с ${from} можно подать заявление о судебном приказе или иск`,
  unknownDebtor: (sent: string, from: string) =>
    `Претензия отправлена ${sent} → если должник — компания или ИП, с ${from} можно подать иск; если гражданин, ждать не нужно`,
  person: (sent: string) =>
    `Претензия отправлена ${sent} → с гражданином ждать ${WAIT} не нужно, если закон не требует претензии: можно подать заявление о судебном приказе или иск`,
  orderFiled: (filed: string) =>
    `Заявление о судебном приказе подано ${filed} → ждите приказа; пока суд рассматривает заявление, срок давности не идёт. Когда приказ выдадут, отметьте дату.`,
  orderIssued: (issued: string) =>
    `Приказ выдан ${issued} → должник может возразить в течение ${OBJECTIONS} с получения. Отметьте, когда он его получит.`,
  orderReceived: (received: string) =>
    `Должник получил приказ ${received} → он может возразить в течение ${OBJECTIONS} с получения; если возражений не будет, получите приказ в суде и отправьте его в банк должника или приставам`,
  orderCancelled: (cancelled: string) => `Приказ отменён ${cancelled} → подайте иск`,
  orderCancelledWait: (cancelled: string, from: string) =>
    `Приказ отменён ${cancelled} → иск можно подать с ${from}, через ${WAIT} после претензии`,
  orderCancelledNoClaim: (cancelled: string) =>
    `Приказ отменён ${cancelled} → для иска к компании или ИП сначала отправьте претензию: иск можно подать через ${WAIT} после отправки`,
  suitFiled: (filed: string) =>
    `Иск подан ${filed} → ждите решения суда; пока суд рассматривает иск, срок давности не идёт. Когда суд решит, отметьте дату.`,
  judgment: (on: string) =>
    `Суд вынес решение ${on} → когда оно вступит в силу, отметьте дату и попросите в суде исполнительный лист`,
  inForce: (on: string, until: string) =>
    `Решение вступило в силу ${on} → попросите в суде исполнительный лист; предъявить его можно до ${until}`,
  writ: (on: string) => `Исполнительный лист получен ${on} → отправьте его в банк должника или приставам`,
  writUntil: (on: string, until: string) =>
    `Исполнительный лист получен ${on} → отправьте его в банк должника или приставам до ${until}`,
  sent: (on: string, where: string) =>
    `Отправлено ${where} ${on} → следите за поступлением денег; когда долг будет оплачен, отметьте дату`,
  paid: (on: string) => `Долг оплачен ${on}. Дело можно убрать в архив.`,
  limitation: (n: number, end: string) => `До конца срока давности ${days(n)} (последний день — ${end}).`,
  limitationToday: (end: string) => `Сегодня, ${end}, — последний день срока давности.`,
  limitationPassed: (end: string) =>
    `Срок давности истёк ${end}: суд применит его, только если должник об этом попросит.`,
} as const;

/** Steps after which the user waits for the court or the debtor: the step marked next, and the sentence. */
const WAITING: Partial<Record<StepId, [StepId, (on: string) => string]>> = {
  orderFiled: ['orderIssued', TEXT.orderFiled],
  orderIssued: ['orderReceived', TEXT.orderIssued],
  orderReceived: ['bankSent', TEXT.orderReceived],
  suitFiled: ['judgment', TEXT.suitFiled],
  judgment: ['judgmentInForce', TEXT.judgment],
};

/** What the case's claim query says: the debtor kind (null without a query) and the invoices' due dates. */
interface ClaimFacts {
  debtor: DebtorKind | null;
  /** The earliest due date, moved to a working day as the calculator moves it (ГК РФ ст. 193). */
  earliestDue: Day | null;
  shift: boolean;
}

function claimFacts(c: Case, today: string): ClaimFacts {
  const query = c.parts.claim?.value;
  const fallback = c.dueDate ? dayFromIso(c.dueDate) : null;
  if (typeof query !== 'string' || query === '')
    return { debtor: null, earliestDue: fallback ? termEnd(fallback) : null, shift: true };
  const { state } = fromSearchParams(new URLSearchParams(query), today);
  const shift = state.workdays !== '0';
  const dues = [state.due, ...state.invoices.map((i) => i.due)]
    .map((d) => dayFromInput(d))
    .filter((d): d is Day => d !== null)
    .map((d) => (shift ? termEnd(d) : d));
  const earliest = dues.length ? dues.reduce(earlier) : fallback && (shift ? termEnd(fallback) : fallback);
  return { debtor: state.debtor, earliestDue: earliest ?? null, shift };
}

/** A step's date, or null when it was not marked (or cleared). */
const stepDay = (c: Case, id: StepId): Day | null => {
  const d = c.steps[id]?.date;
  return d ? dayFromIso(d) : null;
};

/** The last step marked, in the order a case goes. */
export function lastStep(c: Case): StepId | null {
  for (let i = STEP_IDS.length - 1; i >= 0; i--) if (stepDay(c, STEP_IDS[i]!)) return STEP_IDS[i]!;
  return null;
}

/** The limitation end as the claim calculator counts it, with the court's stop for the marked court dates. */
function limitation(c: Case, facts: ClaimFacts, today: Day): NextStep['limitation'] {
  if (facts.earliestDue === null) return null;
  const iso = (id: StepId) => c.steps[id]?.date || null;
  const end = limitationDates(facts.earliestDue, facts.shift, {
    orderFiled: iso('orderFiled'),
    orderCancelled: iso('orderCancelled'),
    suitFiled: iso('suitFiled'),
  }).date;
  if (end === null) return null;
  const endDay = dayFromIso(end)!;
  const left = daysBetween(today, endDay);
  const text =
    left > 0
      ? TEXT.limitation(left, formatDay(endDay))
      : left === 0
        ? TEXT.limitationToday(formatDay(endDay))
        : TEXT.limitationPassed(formatDay(endDay));
  return { date: end, daysLeft: left, text };
}

/** The next step of a case on `today` (YYYY-MM-DD). Pure. */
export function nextStep(c: Case, today: string): NextStep {
  const now = dayFromIso(today)!;
  const facts = claimFacts(c, today);
  const last = lastStep(c);
  const on = (id: StepId) => formatDay(stepDay(c, id)!);
  const result = (step: StepId | null, date: Day | null, text: string, docs: DocId[] = []): NextStep => ({
    step,
    date: date === null ? null : isoFromDay(date),
    text,
    docs,
    limitation: null,
  });
  // Without the sending date, the day it was received stands in: later, so the wait is never cut short.
  const sent = stepDay(c, 'claimSent') ?? stepDay(c, 'claimReceived');
  /** The first day to sue after the претензия (company or ИП; also when the debtor is not known). */
  const suitFrom = sent === null ? null : suitDates(sent, facts.shift).first;

  let next: NextStep;
  switch (last) {
    case null: {
      const due = facts.earliestDue;
      next =
        due !== null && due >= now
          ? result('claimSent', due, TEXT.notDue(formatDay(due)), ['reminder', 'claim'])
          : result('claimSent', null, TEXT.notSent, ['claim']);
      break;
    }
    case 'claimSent':
    case 'claimReceived': {
      const s = formatDay(sent!);
      if (facts.debtor === 'person' || suitFrom === null)
        next = result('orderFiled', null, TEXT.person(s), ['court-order']);
      else if (facts.debtor === null) next = result('suitFiled', suitFrom, TEXT.unknownDebtor(s, formatDay(suitFrom)));
      else if (suitFrom > now) next = result('suitFiled', suitFrom, TEXT.waiting(s, formatDay(suitFrom)));
      else next = result('orderFiled', suitFrom, TEXT.waited(s, formatDay(suitFrom)), ['court-order']);
      break;
    }
    case 'orderCancelled': {
      const cancelled = on('orderCancelled');
      if (facts.debtor === 'person') next = result('suitFiled', null, TEXT.orderCancelled(cancelled));
      else if (suitFrom === null) next = result('claimSent', null, TEXT.orderCancelledNoClaim(cancelled), ['claim']);
      else if (suitFrom > now)
        next = result('suitFiled', suitFrom, TEXT.orderCancelledWait(cancelled, formatDay(suitFrom)));
      else next = result('suitFiled', null, TEXT.orderCancelled(cancelled));
      break;
    }
    case 'judgmentInForce': {
      const until = writDeadline(c)!;
      next = result('writIssued', until, TEXT.inForce(on('judgmentInForce'), formatDay(until)));
      break;
    }
    case 'writIssued': {
      const until = writDeadline(c);
      const text = until ? TEXT.writUntil(on('writIssued'), formatDay(until)) : TEXT.writ(on('writIssued'));
      next = result('bankSent', until, text);
      break;
    }
    case 'bankSent':
    case 'fsspSent':
      next = result('paid', null, TEXT.sent(on(last), last === 'bankSent' ? 'в банк' : 'приставам'));
      break;
    case 'paid':
      return result(null, null, TEXT.paid(on('paid')));
    default: {
      const [step, say] = WAITING[last]!;
      next = result(step, null, say(on(last)));
    }
  }
  // The limitation matters until a court has the claim; limitationDates says when it stops (null).
  const court = ['suitFiled', 'judgment', 'judgmentInForce', 'writIssued', 'bankSent', 'fsspSent'].includes(last ?? '');
  return court ? next : { ...next, limitation: limitation(c, facts, now) };
}

/**
 * The last day to present the writ: 3 years from the judgment taking effect (229-ФЗ ст. 21 ч. 1), ending on the
 * same day and month (ГК РФ ст. 192) and not moved past a weekend, so the date shown is never late.
 */
function writDeadline(c: Case): Day | null {
  const inForce = stepDay(c, 'judgmentInForce');
  return inForce === null ? null : addYears(inForce, TERMS.writ.value);
}

/** One line of a case's timeline: a step or a paper made, with its date. */
export interface TimelineItem {
  date: string;
  kind: 'step' | 'doc';
  /** The step's id or the document's id. */
  id: string;
  label: string;
}

/**
 * What was done and when: the marked steps and the papers made, oldest first (`docName` names a paper by its
 * document id: the catalog's name).
 */
export function caseTimeline(c: Case, docName: (doc: string) => string): TimelineItem[] {
  const steps: TimelineItem[] = STEP_IDS.filter((id) => c.steps[id]?.date).map((id) => ({
    date: c.steps[id]!.date,
    kind: 'step',
    id,
    label: STEP_LABELS[id],
  }));
  const docs: TimelineItem[] = Object.values(c.docs).map((d) => ({
    date: d.date,
    kind: 'doc',
    id: d.doc,
    label: `Подготовлен документ: ${docName(d.doc)}`,
  }));
  const order = (i: TimelineItem) => (i.kind === 'step' ? STEP_IDS.indexOf(i.id as StepId) : -1);
  return [...steps, ...docs].sort((a, b) => a.date.localeCompare(b.date) || order(a) - order(b));
}
