/**
 * The suit (исковое заявление): to the arbitration court when the debtor is a company or an ИП (АПК РФ ст. 125–126),
 * to a court of general jurisdiction when it is a private person (ГПК РФ ст. 131–132). The parties with their
 * identifiers, the claim price and the calculation to the filing date (the claim calculator's figures, as the
 * court-order application takes them), interest to the day of payment, the duty less a cancelled order's duty, the
 * pre-trial claim, the representative, the attachments by court.
 */
import { dayFromIso, formatDay, type Day } from '../date/day';
import { formatDayLong } from '../date/words';
import { courtRoute } from '../claim/route';
import { COURT_LIMITS } from '../legal/court-limits';
import { ORDER_DUTY_CREDIT } from '../legal/duty-rates';
import { PARTY_RULES, type PartyRuleId } from '../legal/party-requirements';
import { CLAIM_WAIT, EXTRACT_AGE } from '../legal/terms';
import { limitText, termText } from '../legal/wording';
import { parseMoney } from '../money/kopecks';
import { dueBlocks, evidenceBlocks } from './invoices';
import { calcPeriod, claimedDebt, copiesAttached, isoDateText } from './claim-parts';
import { amountText, blank, contractRef, orBlank, rubOrBlank } from './common';
import { partyBlock } from './court-papers';
import { creditorSignature, repAttached, repLines } from './court-papers';
import type { DocInput } from './inputs';
import type { Block, DocParts } from './model';

/** The suit's figures: what the court-order application takes from the claim calculator, and the suit's duty. */
export interface SuitFigures {
  court: 'arbitration' | 'general';
  /** Who hears it: the arbitration court, a magistrate or the district court (general courts, by the price). */
  hears: 'arbitration' | 'magistrate' | 'district';
  principal: number | null;
  interest: number;
  /** The claim price: the debt and the interest or penalty. */
  amount: number | null;
  /** The suit's duty. */
  duty: number | null;
  /** The day the court order was cancelled, when one was. */
  cancelled: Day | null;
  /** Whether a court order for the debt was applied for and cancelled. */
  afterOrder: boolean;
  /** The order's duty counted toward the suit's: as typed, else the order's duty for the same price. */
  credit: number | null;
  /** True when the credit was not typed but counted. */
  creditCounted: boolean;
  /** The duty left to pay. */
  toPay: number | null;
  /** The price is within simplified procedure's limit. */
  simplified: boolean;
  /** The price is within a court order's limit. */
  orderFits: boolean;
}

/** The suit's figures for an input. */
export function suitFigures(input: DocInput): SuitFigures {
  const { details, debtor } = input;
  const court = debtor.kind === 'person' ? 'general' : 'arbitration';
  const principal = claimedDebt(input);
  const interest = input.claim?.totals.interest ?? 0;
  const amount = principal === null ? null : principal + interest;
  const route = amount === null ? null : courtRoute(amount, debtor.kind);
  const option = (p: 'order' | 'simplified' | 'claim') => route?.options.find((o) => o.procedure === p);
  const duty = option('claim')?.duty ?? null;
  const cancelled = dayFromIso(details.orderCancelled) ?? input.debt?.orderCancelled ?? null;
  const typed = parseMoney(details.orderDuty.trim(), { allowZero: true });
  const afterOrder = cancelled !== null || typed.ok;
  const credit = !afterOrder ? 0 : typed.ok ? typed.value : (option('order')?.duty ?? null);
  const toPay = duty === null ? null : Math.max(duty - (credit ?? 0), 0);
  return {
    court,
    hears: route?.suitCourt ?? (court === 'arbitration' ? 'arbitration' : 'district'),
    principal,
    interest,
    amount,
    duty,
    cancelled,
    afterOrder,
    credit,
    creditCounted: afterOrder && !typed.ok,
    toPay,
    simplified: option('simplified')?.fits ?? false,
    orderFits: option('order')?.fits ?? false,
  };
}

const para = (text: string): Block => ({ kind: 'para', indent: true, text });

/** The law of each court, as the suit names it. */
const LAW = {
  arbitration: { code: 'Арбитражного процессуального кодекса РФ', suit: 'статьями 125, 126' },
  general: { code: 'Гражданского процессуального кодекса РФ', suit: 'статьями 131, 132' },
} as const;

/** Where simplified procedure's limit stands, as the suit cites it. */
const SIMPLIFIED_ARTICLE = {
  arbitration: 'пункт 1 части 1 статьи 227 Арбитражного процессуального кодекса РФ',
  general: 'часть 1 статьи 232.2 Гражданского процессуального кодекса РФ',
} as const;

/** The duty credit's article, as the suit cites it (duty-rates.ts, ORDER_DUTY_CREDIT). */
const CREDIT_ARTICLE = {
  arbitration: 'подпункт 7 пункта 1 статьи 333.22 Налогового кодекса РФ',
  general: 'подпункт 13 пункта 1 статьи 333.20 Налогового кодекса РФ',
} as const satisfies Record<keyof typeof ORDER_DUTY_CREDIT, string>;

/** The court's line: «В Арбитражный суд …», «Мировому судье …», with a blank naming what goes there. */
function courtLine(f: SuitFigures, court: string): string {
  if (f.hears === 'magistrate') return `Мировому судье ${orBlank(court, 'номер судебного участка и район')}`;
  const what =
    f.hears === 'arbitration' ? 'наименование арбитражного суда' : 'наименование районного (городского) суда';
  return `В ${orBlank(court, what)}`;
}

/** Build the suit. */
export function lawsuit(input: DocInput, rule: PartyRuleId): DocParts {
  const parties = PARTY_RULES[rule];
  const { me, debtor, details, debt, today, claim: figures } = input;
  const f = suitFigures(input);
  const arbitration = f.court === 'arbitration';
  const period = figures ? calcPeriod(figures) : null;
  const calcTo = period ? dayFromIso(period.to) : null;
  const contacts = [me.phone.trim() && `телефон ${me.phone.trim()}`, me.email.trim() && `эл. почта ${me.email.trim()}`]
    .filter(Boolean)
    .join(', ');
  const charge = figures?.kind === 'penalty' ? 'неустойки' : 'процентов';
  const header = [
    courtLine(f, details.court),
    ...(details.courtAddress.trim() ? [details.courtAddress.trim()] : []),
    '',
    partyBlock('Истец', me, parties.creditor[me.kind], false),
    ...(contacts ? [`Контакты истца: ${contacts}.`] : []),
    ...repLines(details, 'истца'),
    partyBlock('Ответчик', debtor, parties.debtor[debtor.kind], true),
    '',
    `Цена иска: ${rubOrBlank(f.amount)}`,
    `Государственная пошлина: ${rubOrBlank(f.toPay)}` +
      (f.afterOrder && f.credit
        ? ` (${rubOrBlank(f.duty)} за вычетом ${rubOrBlank(f.credit)}, уплаченных за судебный приказ)`
        : ''),
  ];
  const body: Block[] = [
    ...evidenceBlocks(
      `Между Истцом и Ответчиком заключён ${contractRef(details, 'договор')}${details.subject.trim() ? ` на ${details.subject.trim()}` : ''} (далее — Договор). Истец исполнил обязательства по Договору`,
      details,
    ),
    ...dueBlocks(
      debt,
      'Ответчик',
      'но',
      `. Задолженность Ответчика${calcTo !== null ? ` на ${formatDayLong(calcTo)}` : ''} составляет ${amountText(f.principal)}.`,
    ),
  ];
  if (figures && figures.rows.length > 0) {
    const during = period ? `за период с ${isoDateText(period.from)} по ${isoDateText(period.to)} ` : '';
    body.push(
      para(
        figures.kind === '395'
          ? `За пользование чужими денежными средствами на сумму долга начислены проценты в размере ключевой ставки Банка России, действовавшей в соответствующие периоды (пункт 1 статьи 395 Гражданского кодекса РФ), ${during}— ${amountText(figures.totals.interest)}; расчёт приведён ниже.`
          : `За просрочку оплаты Договором установлена неустойка (пункт 1 статьи 330 Гражданского кодекса РФ); неустойка ${during}составляет ${amountText(figures.totals.interest)}; расчёт приведён ниже.`,
      ),
      figures.table(debt),
    );
  } else {
    body.push(
      para(
        `На сумму долга начисляются проценты по статье 395 Гражданского кодекса РФ: ${blank('сумма и расчёт процентов — посчитайте в калькуляторе «Сколько требовать»')}.`,
      ),
    );
  }
  if (figures?.kind !== 'penalty')
    body.push(
      para(
        'Проценты за пользование чужими денежными средствами подлежат взысканию по день фактической уплаты долга (пункт 3 статьи 395 Гражданского кодекса РФ).',
      ),
    );
  body.push(
    para(
      `Цена иска — ${amountText(f.amount)}` +
        (f.interest > 0 ? `: основной долг и ${figures?.kind === 'penalty' ? 'неустойка' : 'проценты'}.` : '.'),
    ),
  );
  const sent = debt?.claimSent ?? null;
  if (arbitration)
    body.push(
      para(
        `Претензионный порядок соблюдён: претензия направлена Ответчику ${sent === null ? blank('дата отправки претензии') : formatDay(sent)} ${blank('как отправлена: ценным письмом с описью вложения, через ЭДО')}, требование не исполнено.`,
      ),
    );
  else if (sent !== null)
    body.push(para(`Ответчику ${formatDay(sent)} направлена претензия, требование не исполнено.`));
  if (f.afterOrder)
    body.push(
      para(
        `Ранее Истец обращался с заявлением о выдаче судебного приказа по этому требованию; определением от ${f.cancelled === null ? blank('дата определения') : formatDay(f.cancelled)} судебный приказ отменён. ` +
          `Государственная пошлина, уплаченная за выдачу судебного приказа, в размере ${rubOrBlank(f.credit)} засчитывается в счёт пошлины за подачу искового заявления (${CREDIT_ARTICLE[f.court]}); к уплате — ${rubOrBlank(f.toPay)}.`,
      ),
    );
  if (f.simplified) {
    const limit =
      f.court === 'general'
        ? COURT_LIMITS.general.simplified
        : debtor.kind === 'ip'
          ? COURT_LIMITS.arbitration.simplifiedIp
          : COURT_LIMITS.arbitration.simplifiedCompany;
    body.push(
      para(
        `Цена иска не превышает ${limitText(limit)} рублей: дело может быть рассмотрено в порядке упрощённого производства (${SIMPLIFIED_ARTICLE[f.court]}).`,
      ),
    );
  }
  const from = calcTo !== null ? formatDay((calcTo + 1) as Day) : blank('дата');
  const asks = [
    `Взыскать с Ответчика в пользу Истца ${amountText(f.principal)} основного долга.`,
    ...(f.interest > 0
      ? [
          `Взыскать с Ответчика в пользу Истца ${amountText(f.interest)} ${charge}${period ? ` за период с ${isoDateText(period.from)} по ${isoDateText(period.to)}` : ''}.`,
        ]
      : []),
    ...(figures?.kind !== 'penalty'
      ? [
          `Взыскать с Ответчика в пользу Истца проценты за пользование чужими денежными средствами, начисленные на сумму долга${f.principal === null ? '' : ` ${rubOrBlank(f.principal)}`} с ${from} по день фактической уплаты долга.`,
        ]
      : []),
    `Взыскать с Ответчика в пользу Истца расходы по уплате государственной пошлины в размере ${rubOrBlank(f.duty)}.`,
  ];
  const paidDuty = f.afterOrder
    ? [
        'Документ об уплате государственной пошлины за исковое заявление и документ об уплате пошлины за судебный приказ.',
        `Копия определения об отмене судебного приказа${f.cancelled === null ? '' : ` от ${formatDay(f.cancelled)}`}.`,
      ]
    : ['Документ об уплате государственной пошлины.'];
  const attachments = arbitration
    ? [
        'Документ, подтверждающий направление Ответчику копии искового заявления и приложенных к нему документов.',
        ...paidDuty,
        ...copiesAttached(details),
        ...(figures ? ['Расчёт суммы иска (в тексте искового заявления).'] : []),
        `Копия претензии и документ о её отправке${sent === null ? '' : ` ${formatDay(sent)}`}.`,
        `Выписки из ЕГРЮЛ или ЕГРИП об Истце и Ответчике, полученные не ранее чем за ${termText(EXTRACT_AGE, 'days')} до подачи иска.`,
        ...repAttached(details),
        ...(me.kind === 'company' && repAttached(details).length === 0
          ? ['Документ, подтверждающий полномочия лица, подписавшего исковое заявление.']
          : []),
      ]
    : [
        ...paidDuty,
        'Документ, подтверждающий направление Ответчику копий искового заявления и приложенных к нему документов.',
        ...copiesAttached(details),
        ...(figures ? ['Расчёт суммы иска (в тексте искового заявления).'] : []),
        ...(sent === null ? [] : [`Копия претензии и документ о её отправке ${formatDay(sent)}.`]),
        ...repAttached(details),
        ...(me.kind === 'company' && repAttached(details).length === 0
          ? ['Документ, подтверждающий полномочия лица, подписавшего исковое заявление.']
          : []),
      ];
  body.push(
    para(`На основании изложенного, руководствуясь ${LAW[f.court].suit} ${LAW[f.court].code}, прошу:`),
    { kind: 'list', ordered: true, items: asks },
    { kind: 'para', text: 'Приложения:' },
    { kind: 'list', ordered: true, items: attachments },
  );
  const warnings = [
    ...(f.orderFits && !f.afterOrder
      ? [
          'Сумма подходит для судебного приказа: пока приказ не выдан и не отменён, суд вернёт исковое заявление — сначала подайте заявление о судебном приказе.',
        ]
      : []),
    ...(f.creditCounted
      ? [
          `Пошлина за судебный приказ посчитана по нынешней цене иска (${rubOrBlank(f.credit)}): впишите сумму из документа об её уплате в поле «Пошлина, уплаченная за приказ».`,
        ]
      : []),
    ...(arbitration && sent === null
      ? [
          `Впишите дату отправки претензии: в арбитражный суд можно обратиться через ${termText(CLAIM_WAIT, 'calendarDays')} после её направления.`,
        ]
      : []),
    ...(figures?.warnings ?? []),
  ];
  return {
    header,
    dateLine: formatDayLong(today),
    title: 'Исковое заявление',
    subtitle: `о взыскании задолженности по ${contractRef(details)}`,
    body,
    signatures: [creditorSignature(me, details)],
    warnings,
  };
}
