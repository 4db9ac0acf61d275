/** The claim calculator's Russian text: field errors by code, link notices, labels and the lines of the result. */

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
    'Ключевые ставки до 20.12.2021 в калькуляторе нет: проценты за более ранние дни посчитать не получится.',
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
  'unknown-option': 'В ссылке было значение, которого нет среди вариантов, — выбрано значение по умолчанию.',
  'url-duplicate': 'В ссылке для этого поля несколько разных значений — взято первое. Проверьте его.',
  'url-item': 'В ссылке эта строка записана не по образцу «ГГГГ-ММ-ДД:сумма» — проверьте её.',
  'url-too-many': 'В ссылке слишком много строк — показаны первые 200.',
} as const satisfies Record<string, string>;

/** One of the error codes. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The lead of the notice above the form when a link held values that cannot be used. */
export const LINK_NOTICE = 'В ссылке есть значения, которые не получилось использовать. Исправьте отмеченные поля:';

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

/** The line shown next to a figure by how sure its source is. */
export const MARK_NOTES = {
  C: '',
  C2: 'Сверьте с действующей редакцией закона на официальном портале правовой информации pravo.gov.ru.',
  L: 'Проверьте действующую редакцию.',
} as const;

/** The flag next to a result that used a key rate known from secondary sources. */
export const SECONDARY_RATE_NOTE = 'по данным вторичных источников — сверьте с сайтом Банка России';

/** The deadline lines: how each date was counted. */
export const DEADLINE_TEXT = {
  suitPerson:
    'С гражданином претензия обязательна, только если этого требует закон; пункт договора сам по себе её обязательной не делает (Пленум ВС РФ от 22.06.2021 № 18, п. 2), поэтому ждать 30 дней не нужно.',
  suitNotSent:
    'Претензия ещё не отправлена: иск в арбитражный суд можно подать через 30 календарных дней после её отправки (АПК РФ ст. 4 ч. 5), если договор не устанавливает другой срок.',
  suit: (sent: string, first: string, last: string, from: string) =>
    `Претензия отправлена ${sent}; 30 календарных дней (АПК РФ ст. 4 ч. 5) идут с ${first} по ${last}, поэтому иск можно подать с ${from}, если договор не устанавливает другой срок.`,
  limitation: (due: string, end: string, several: boolean) =>
    `${several ? 'По самому раннему счёту срок' : 'Срок'} оплаты истёк ${due}; три года (ГК РФ ст. 196, 200) идут со следующего дня и заканчиваются ${end}. Приостановка на время претензии не прибавлена — так дата надёжнее.`,
} as const;
