/**
 * The claim calculator's Russian text: field errors by code, link notices, labels and the form's notes. Loaded
 * with the form, so it imports nothing: the key-rate note is built with the page (rate-note.ts) and the
 * secondary-source flag belongs to the result (result-messages.ts).
 */

/** Every error a field (or a link value) can show. */
export const ERROR_MESSAGES = {
  empty: 'Заполните поле.',
  'not-a-number': 'Введите сумму цифрами, например 150 000 или 1 234,56.',
  'not-a-percent': 'Введите число процентов, например 0,1 или 16,5.',
  'too-many-decimals': 'Не больше двух знаков после запятой.',
  'too-many-decimals-penalty': 'Не больше четырёх знаков после запятой.',
  negative: 'Значение не может быть отрицательным.',
  'too-large': 'Слишком большое число — проверьте, нет ли лишних цифр.',
  zero: 'Сумма должна быть больше нуля.',
  date: 'Введите дату в виде ДД.ММ.ГГГГ.',
  'due-after-end': 'Срок оплаты позже даты, по которую идёт расчёт, — проверьте даты.',
  'due-before-rates':
    'Проценты по ст. 395 считаются по ключевой ставке с 01.08.2016 — за более ранние дни калькулятор их не считает.',
  'end-too-far': 'Дата расчёта дальше чем через год от сегодняшнего дня — проверьте год.',
  'pay-after-end': 'Платёж позже даты расчёта — в этот расчёт он не входит.',
  'pay-before-due': 'Платёж раньше срока оплаты: он уменьшает долг с самого начала.',
  'unknown-invoice': 'Такого счёта нет — платёж отнесён к счёту с самым ранним сроком оплаты.',
  'rate-inside-table': 'Своя ставка добавляется только после последней даты таблицы ставок.',
  'rate-duplicate': 'На эту дату ставка уже добавлена.',
  'rate-too-high': 'Ставка больше 100 % — проверьте число.',
  'penalty-too-high': 'Неустойка больше 10 % в день — проверьте число.',
  'cap-too-high': 'Предел больше 1000 % долга — проверьте число.',
  'claim-before-due': 'Претензия отправлена раньше срока оплаты — проверьте дату.',
  'claim-future': 'Дата отправки претензии ещё не наступила.',
  'court-before-due': 'Эта дата раньше срока оплаты — проверьте её.',
  'court-future': 'Эта дата ещё не наступила.',
  'cancel-without-order': 'Укажите и дату заявления о приказе.',
  'cancel-before-order': 'Приказ отменён раньше, чем подано заявление, — проверьте даты.',
  'unknown-option': 'В ссылке было значение, которого нет среди вариантов, — выбрано значение по умолчанию.',
  'url-duplicate': 'В ссылке для этого поля несколько разных значений — взято первое. Проверьте его.',
  'url-item': 'В ссылке эта строка записана не по образцу «ГГГГ-ММ-ДД:сумма» — проверьте её.',
  'url-too-many': 'В ссылке слишком много строк — показаны первые 200.',
} as const satisfies Record<string, string>;

/** One of the error codes. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;
/**
 * The error messages as the island gets them: a prop passed by the page, so the text is in the HTML and not in the
 * claim page's first-load script (its budget, decision 112; decision 111: text reaches the islands as props).
 */
export type ErrorMessages = typeof ERROR_MESSAGES;

/** The lead of the notice above the form when a link held values that cannot be used. */
export const LINK_NOTICE = 'В ссылке есть значения, которые не получилось использовать. Исправьте отмеченные поля:';

/** The sentence under the moratorium switch: what it is and when it does not apply. */
export const MORATORIUM_TEXT =
  'С 01.04.2022 по 01.10.2022 проценты и неустойка не начисляются по долгам, возникшим до 01.04.2022 (Постановление Правительства РФ от 28.03.2022 № 497). Он не касается долгов, возникших позже, застройщиков из реестра проблемных объектов и должников, которые объявили в ЕФРСБ об отказе от моратория.';

/** Under the partial payments: when a payment counts and which invoice it pays (ГК РФ ст. 319.1 п. 3). */
const PAYMENTS_HINT =
  'Оплата уменьшает долг со следующего дня. Если в платеже не сказано, какой счёт он гасит, он идёт в счёт того, срок которого наступил раньше (ГК РФ ст. 319.1 п. 3). Проверьте действующую редакцию.';

/** The field that asks when the debt arose, and why it asks (the moratorium decides by that day, not the due date). */
export const AROSE_LABEL = 'Когда поставлен товар или сдана работа';
const AROSE_HINT =
  'Мораторий 2022 года зависит от того, когда возник долг, а не от срока оплаты: если товар поставлен или работа сдана до 01.04.2022, проценты за 01.04–01.10.2022 не начисляются. Не знаете — оставьте пустым, тогда решает срок оплаты.';

/** Under the working-day switch (ГК РФ ст. 193; the production calendar). */
const WORKDAYS_HINT =
  'Нерабочие дни — по производственному календарю: выходные, праздники и переносы выходных по постановлениям Правительства. Проценты тогда идут со дня после рабочего дня.';

/** Above the court dates (limitation while the court acts, ГК РФ ст. 204). */
const COURT_HINT =
  'Если вы уже обращались в суд, укажите даты — от них зависит конец срока давности. Если нет, оставьте поля пустыми.';

/** What the result area says while an input is missing or cannot be used. */
export const WAITING_TEXT = 'Введите сумму долга и последний день оплаты — расчёт появится сразу.';

const FIELD_LABELS: Record<string, string> = {
  debt: 'Сумма долга',
  due: 'Последний день оплаты',
  arose: AROSE_LABEL,
  to: 'Считать по',
  kind: 'Проценты или неустойка',
  penalty: 'Неустойка, % в день',
  cap: 'Предел неустойки',
  moratorium: 'Мораторий 2022 года',
  debtor: 'Кто должник',
  claimSent: 'Когда отправлена претензия',
  workdays: 'Перенос срока с выходного',
  orderFiled: 'Заявление о приказе',
  orderCancelled: 'Отмена приказа',
  suitFiled: 'Иск подан',
};
const ROW_LABELS: Record<string, (n: number) => string> = {
  inv: (n) => `Счёт ${n + 1}`,
  pay: (n) => `Оплата ${n}`,
  rate: (n) => `Ставка ${n}`,
};
const ROW_FIELDS: Record<string, string> = {
  amount: 'сумма',
  due: 'срок оплаты',
  arose: AROSE_LABEL.toLowerCase(),
  date: 'дата',
  invoice: 'какой счёт гасит',
  percent: 'ставка',
};

/** The Russian name of an input by its field key ('pay.0.date' → «Оплата 1: дата»). */
export function fieldLabel(key: string): string {
  const [list = '', index = '', field = ''] = key.split('.');
  const row = ROW_LABELS[list];
  if (row) return `${row(Number(index) + 1)}${ROW_FIELDS[field] ? `: ${ROW_FIELDS[field]}` : ''}`;
  return FIELD_LABELS[key] ?? key;
}

/**
 * The form's longer hints, passed to the island as one prop by the page: the text is in the HTML, not in the claim
 * page's first-load script (its 20 KB budget, decision 112; decision 111: text reaches the islands as props).
 */
export const FORM_HINTS = {
  arose: AROSE_HINT,
  plan: 'Сумма из плана. Если в неё уже входят проценты или неустойка, оставьте здесь только основной долг — их калькулятор посчитает сам.',
  invoices:
    'Если клиент не оплатил несколько счетов с разными сроками, добавьте каждый: проценты считаются по каждому отдельно.',
  payments: PAYMENTS_HINT,
  kind: 'Если договор устанавливает неустойку, проценты по ст. 395 за то же время не начисляются, если договор не говорит иное (ст. 395 п. 4).',
  moratorium: MORATORIUM_TEXT,
  workdays: WORKDAYS_HINT,
  court: COURT_HINT,
  rate: 'Как в договоре, например 0,1.',
  cap: 'Например, 10 — если договор ограничивает неустойку 10 % от суммы.',
  to: 'Обычно — сегодня или день подачи иска.',
  debtor: 'От этого зависит суд: с организацией и ИП — арбитражный, с гражданином — суд общей юрисдикции.',
  claimSent: 'Дата на почтовой квитанции или в отметке о вручении.',
};
export type FormHints = typeof FORM_HINTS;
