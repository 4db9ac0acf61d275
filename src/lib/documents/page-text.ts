/**
 * The documents page's own words: the form's notices, buttons, statuses and labels. The page passes them to the
 * island as a prop, so the text is in the HTML and not in the page's first-load script (the documents budget,
 * decision 112; decision 111: text reaches the islands as props). The hints under the fields are field-hints.ts, the
 * link's notices messages.ts, the documents' names catalog.ts.
 */
export const PAGE_TEXT = {
  /** The picker's label, the form's and its fieldset's. */
  picker: 'Документы',
  form: 'Данные для документа',
  allFields: 'Все поля документа',
  /** The parties' fieldsets. */
  me: 'Ваши данные',
  debtor: 'Клиент (должник)',
  /** A link whose calculation counts to a day before today; `{date}` is that day. */
  staleTo:
    'Расчёт по ссылке — на {date}. Проценты растут каждый день: для нового документа пересчитайте их на сегодня.',
  recount: 'Пересчитать на сегодня',
  saved: 'Данные сохраняются только в этом браузере и никуда не отправляются.',
  notSaved: 'Браузер не даёт сохранить данные: после перезагрузки их придётся ввести заново.',
  forget: 'Удалить мои данные',
  forgetAsk: 'Удалить из этого браузера ваши данные, данные клиентов и все дела? Это нельзя отменить.',
  /** Before the list of the parties' parts the document still lacks. */
  missing: 'Не заполнено:',
  waiting: 'Готовим документ…',
  message: 'Короткое сообщение для почты или мессенджера',
  /** What did not load, in the accusative («Не удалось загрузить …»: src/lib/site/load.ts). */
  load: {
    typing: 'проверку полей',
    sent: 'отметку об отправке',
    recon: 'строки акта сверки',
    builder: 'шаблон документа',
    docx: 'программу для файла .docx',
  },
  /** A party's fieldset (the personal-data fields of the court papers are PersonFields.tsx's, which loads with them). */
  party: {
    kind: 'Кто',
    kinds: {
      company: 'Организация',
      ip: 'Предприниматель (ИП)', // short enough for a phone's select (390 px)
      person: 'Физическое лицо',
    },
    /** The name field, by the party's kind. */
    name: {
      company: 'Название (ООО «Ромашка»)',
      ip: 'ИП (ИП Петров Пётр Петрович)',
      person: 'Фамилия, имя, отчество',
    },
    inn: 'ИНН',
    ogrn: 'ОГРН',
    ogrnip: 'ОГРНИП',
    address: 'Адрес (для компании и ИП — как в ЕГРЮЛ или ЕГРИП)',
    position: 'Должность руководителя',
    signer: 'ФИО руководителя',
    signerHint: 'Фамилия, имя, отчество: Иванов Иван Иванович.',
    phone: 'Телефон',
    email: 'Электронная почта',
    account: 'Расчётный счёт',
    bank: 'Банк',
    bik: 'БИК',
    corr: 'Корреспондентский счёт',
  },
  /** The «Долг» fieldset. */
  debt: {
    legend: 'Долг',
    /** Its own fields' labels (the court papers' fields are CourtFields.tsx's, which loads with them). */
    labels: {
      contractNo: 'Номер договора',
      contractDate: 'Дата договора',
      subject: 'Предмет договора',
      documents: 'Счета и акты',
      payDays: 'Срок для оплаты по претензии, календарных дней',
      promiseDate: 'Клиент обещает заплатить до',
      court: 'Суд',
      courtAddress: 'Адрес суда',
      addressee: 'Кому — если нужно написать иначе',
    },
    /** Above the debt, by where it came from. */
    from: {
      checklist: 'Из текущего дела в чек-листе:',
      case: 'Из расчёта в текущем деле (проценты — на сегодня):',
      url: 'Из калькулятора по ссылке:',
    },
    /** An invoice's line: «1 000,00 ₽ — срок оплаты 10.01.2026», its number and date; a payment's line. */
    due: 'срок оплаты',
    invoiceNo: 'Номер счёта',
    invoiceDate: 'Дата счёта',
    paid: 'оплачено',
    /** The pointer to the payment calculator: the text before its link, the link, the text after it. */
    schedule: [
      'График платежей берётся из ',
      'калькулятора рассрочки',
      ': посчитайте его там и нажмите «Составить соглашение».',
    ],
  },
  /** The action buttons and what they report. */
  actions: {
    docx: 'Скачать .docx',
    print: 'Печать / PDF',
    copy: 'Скопировать текст',
    copyMessage: 'Скопировать короткое сообщение',
    making: 'Готовим файл…',
    made: 'Файл .docx сохранён.',
    notMade: 'Не удалось подготовить файл. Попробуйте ещё раз или скопируйте текст.',
    copied: 'Текст документа скопирован.',
    copiedMessage: 'Короткое сообщение скопировано.',
    notCopied: 'Браузер не дал скопировать: выделите текст в предпросмотре вручную.',
  },
} as const;

/** The page's words, as the island receives them. */
export type PageText = typeof PAGE_TEXT;
