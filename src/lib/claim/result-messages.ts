/**
 * The Russian text of the claim calculator's result (court route, deadlines, table notes). Kept apart from
 * messages.ts, the form's text, so the result's code and words load only once there is a result to show.
 */
import {
  CLAIM_WAIT,
  LIMITATION,
  LIMITATION_AFTER_ORDER,
  LIMITATION_COURT,
  NON_WORKING_DAY,
  ORDER_OBJECTIONS,
} from '../legal/terms';
import { MARK_NOTES, type Mark } from '../legal/marks';
import { termInWords, termText } from '../legal/wording';
import { KEY_RATE_CHECK, SECONDARY_SOURCE, SECONDARY_SOURCE_NOTE } from '../money/key-rate-notes';

/** «30 календарных дней (АПК РФ ст. 4 ч. 5)». */
const WAIT_TEXT = `${termText(CLAIM_WAIT, 'calendarDays')} (${CLAIM_WAIT.article})`;
/** «в течение 10 дней после получения». */
const OBJECTIONS_TEXT = `в течение ${termText(ORDER_OBJECTIONS, 'daysGenitive')} после получения`;

/** The flag next to a result that used a key rate known from secondary sources (the site's one wording). */
export const SECONDARY_RATE_NOTE = SECONDARY_SOURCE_NOTE;

/**
 * The result's one word on secondary-source rates, next to the totals: the table marks those rows with «*»
 * and says no more, so a result says it once.
 */
export const SECONDARY_RESULT_FLAG = `Ключевая ставка для части дней (в таблице отмечена *) — ${SECONDARY_SOURCE}. ${KEY_RATE_CHECK}`;
/** The copied calculation's one line under the totals on the rates marked «*». */
export const SECONDARY_TEXT_NOTE = `* Ключевая ставка ${SECONDARY_SOURCE}. ${KEY_RATE_CHECK}`;
/** What a screen reader hears after a rate marked «*» in the table: where the flag above explains it. */
export const SECONDARY_ROW_MARK = 'см. примечание о ставке над таблицей';

/** The formula column of a moratorium row. */
export const MORATORIUM_FORMULA = 'мораторий (ПП РФ № 497) — не начисляется';

/** What each procedure is called. */
export const PROCEDURE_NAMES = {
  order: 'Судебный приказ',
  simplified: 'Упрощённое производство',
  claim: 'Иск в общем порядке',
} as const;

/** What each court is called. */
export const COURT_NAMES = {
  arbitration: 'Арбитражный суд',
  general: 'Суд общей юрисдикции',
} as const;

/** The line shown next to a figure by how sure its source is (the site's one wording). */
export { MARK_NOTES } from '../legal/marks';

/** The deadline lines: how each date was counted. */
export const DEADLINE_TEXT = {
  suitPerson: `С гражданином претензия обязательна, только если этого требует закон; пункт договора сам по себе её обязательной не делает (Пленум ВС РФ от 22.06.2021 № 18, п. 2), поэтому ждать ${termText(CLAIM_WAIT, 'days')} не нужно.`,
  suitNotSent: `Претензия ещё не отправлена: иск в арбитражный суд можно подать через ${termText(CLAIM_WAIT, 'calendarDays')} после её отправки (${CLAIM_WAIT.article}), если договор не устанавливает другой срок.`,
  suit: (sent: string, first: string, last: string, from: string, moved: string | null = null) =>
    `Претензия отправлена ${sent}; ${WAIT_TEXT} идут с ${first} по ${last}${movedText(moved)}, поэтому иск можно подать с ${from}, если договор не устанавливает другой срок.`,
  limitation: (due: string, end: string, several: boolean, moved: string | null = null) =>
    `${several ? 'По самому раннему счёту срок' : 'Срок'} оплаты истёк ${due}; ${termInWords(LIMITATION, 'years')} (ГК РФ ст. 196, 200) идут со следующего дня и заканчиваются ${end}${movedText(moved)}. Приостановка на время претензии не прибавлена — так дата надёжнее.`,
  orderLate: (filed: string) =>
    `Заявление о судебном приказе подано ${filed}, когда срок давности уже истёк, — на срок оно не влияет.`,
  orderPending: (filed: string) =>
    `Заявление о судебном приказе подано ${filed}: с этого дня срок давности не течёт, пока суд защищает право (${LIMITATION_COURT.article}). Если приказ отменят, укажите дату отмены — калькулятор посчитает, когда срок закончится.`,
  orderCancelled: (filed: string, cancelled: string, end: string, extended: boolean, moved: string | null) =>
    `Заявление о судебном приказе подано ${filed}, приказ отменён ${cancelled}: всё это время срок не тёк (${LIMITATION_COURT.article}), после отмены он идёт дальше${extended ? `, а так как оставалось меньше ${LIMITATION_AFTER_ORDER.value} месяцев, он удлинён до ${LIMITATION_AFTER_ORDER.value} месяцев (${LIMITATION_AFTER_ORDER.article})` : ''}. С учётом этого срок давности заканчивается ${end}${movedText(moved)}.`,
  suitInTime: (filed: string) =>
    `Иск подан ${filed}, до конца срока давности: пока суд рассматривает дело, срок не течёт (ГК РФ ст. 204 п. 1).`,
  suitLate: (filed: string) => `Иск подан ${filed}, уже после конца срока давности.`,
  /** Said once after the lines that rest on ГК РФ ст. 204 and Пленум № 43 ([C2]). */
  courtMark: MARK_NOTES[LIMITATION_COURT.mark],
} as const;

/** «(10.01.2026 — нерабочий день, срок переносится на следующий рабочий, ГК РФ ст. 193)», or nothing. */
function movedText(moved: string | null): string {
  return moved
    ? ` (${moved} — нерабочий день, поэтому срок переносится на следующий рабочий, ${NON_WORKING_DAY.article})`
    : '';
}

/** The day links began to move a due date on a non-working day (ГК РФ ст. 193). */
const WORKDAYS_SINCE = '06.12.2026';

/** The lines next to the result when ГК РФ ст. 193 moved a due date. */
export const WORKDAYS_TEXT = {
  moved: (due: string, payBy: string, from: string) =>
    `Срок оплаты ${due} пришёлся на нерабочий день, поэтому он переносится на ${payBy} (${NON_WORKING_DAY.article}), и начисление идёт с ${from}.`,
  movedSeveral: (count: number) =>
    `Сроки оплаты ${count} счетов пришлись на нерабочие дни и перенесены на следующий рабочий день (${NON_WORKING_DAY.article}); начисление по каждому идёт со дня после него.`,
  before: (amount: string) =>
    `Ссылки, сделанные до ${WORKDAYS_SINCE}, считали без переноса: было бы начислено ${amount}. Перенос можно выключить в разделе «Что начислить».`,
  /** The check the shift's mark needs, said once as the flag's last sentence. */
  check: MARK_NOTES[NON_WORKING_DAY.dueMark],
} as const;

/**
 * The marks of the facts the route's fixed lines state, beyond each option's own — arbitration: the claim amount
 * (АПК РФ ст. 103 [C]) and the order (АПК РФ ст. 229.4, 229.5 [L]); general courts: the claim amount (ГПК РФ
 * ст. 91 [L]) and the order (ГПК РФ ст. 128–129 [L]). The route block says the check they need once, as its
 * last sentence (marks.ts `blockCheck`), instead of after each article.
 */
export const ROUTE_TEXT_MARKS: Readonly<Record<'arbitration' | 'general', readonly Mark[]>> = {
  arbitration: ['C', 'L'],
  general: ['L'],
};

/** The note in the result when days past the table's last row use its rate. */
export const beyondTableNote = (last: string, rate: string) =>
  `Для дней после ${last} взята ставка ${rate} — более поздних изменений в таблице нет. Если ставка менялась, добавьте её в разделе «Ключевая ставка».`;

/** The lines around the court route. */
export const ROUTE_TEXT = {
  arbitration: 'споры с организациями и ИП.',
  general: 'споры с гражданами.',
  claimAmount: (amount: string, arbitration: boolean) =>
    `Порядок выбирается по всей цене иска — ${amount}, вместе с процентами или неустойкой (${arbitration ? 'АПК РФ ст. 103 ч. 1' : 'ГПК РФ ст. 91'}).`,
  orderArbitration: `Судебный приказ — для долга по договору, подтверждённого документами. Если он подходит, обычный иск вернут; должник может отменить приказ, направив возражения ${OBJECTIONS_TEXT} (АПК РФ ст. 229.5). Для приказа претензия не обязательна (АПК РФ ст. 229.4), но отправьте её всё равно: если приказ отменят, для иска понадобятся претензия и ${termText(CLAIM_WAIT, 'days')}.`,
  orderGeneral: `Судебный приказ — для долга по договору, подтверждённого документами; копию заявления с приложениями нужно отправить должнику и приложить доказательство (ГПК РФ ст. 121–126). Должник может отменить приказ, направив возражения ${OBJECTIONS_TEXT} (ГПК РФ ст. 128–129).`,
  limitationAsk: 'Суд применяет срок давности, только если об этом попросит должник (ГК РФ ст. 199 п. 2).',
  limitationPassed:
    'Этот срок уже прошёл. Если должник письменно признавал долг (акт сверки, просьба об отсрочке), срок мог начаться заново (ГК РФ ст. 203, 206 п. 2).',
} as const;
