/**
 * The Russian text of the «Моё дело» page and the home page's case card. Passed to the islands as props from
 * the pages, so it reaches the browser in the HTML, not in the scripts.
 */
import { CHECKLIST_MESSAGES } from '../checklist/messages';

/** The storage notices the checklist shows, in the same words where they say the same. */
const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/** The page's text. `{name}` is a client's name. */
export const DELO_MESSAGES = {
  empty: 'Дел пока нет. Дело появится само, когда вы посчитаете долг, составите документ или начнёте чек-лист.',
  emptyTree: 'Составить план по ситуации',
  emptyClaim: 'Посчитать долг и проценты',
  emptyChecklist: 'Открыть чек-лист разговора с клиентом',
  cases: 'Ваши дела',
  archived: 'В архиве',
  open: 'Открыть',
  shown: 'открыто',
  unnamed: 'Без названия',
  newCase: 'Новое дело',
  clientLabel: 'Клиент: название компании или имя',
  addCase: 'Добавить дело',
  casesFull: 'Дел уже {n} — больше не помещается. Удалите ненужные, скачав их в файл.',
  client: 'Клиент',
  nextHeading: 'Следующий шаг',
  nextDate: 'Дата',
  docsFor: 'Документы для этого шага:',
  owedHeading: 'Сколько должен сегодня',
  owedButton: 'Посчитать долг на сегодня',
  owedLoading: 'Считаем…',
  owedNone: 'В деле нет расчёта долга. Посчитайте его в калькуляторе — он сохранится в этом деле.',
  principal: 'Основной долг',
  interest: 'Проценты или неустойка на сегодня',
  total: 'Всего к взысканию',
  owedOpen: 'Открыть расчёт',
  timelineHeading: 'Что сделано',
  timelineEmpty: 'Пока ничего не отмечено.',
  docMade: 'Подготовлен документ',
  stepsHeading: 'Даты шагов',
  stepsHint:
    'Отметьте день, когда шаг сделан. Скачать претензию — ещё не значит отправить её: отметьте день отправки, от него считаются сроки.',
  moreSteps: 'Другие шаги',
  calendar: 'Все даты в календарь (.ics)',
  exportCase: 'Скачать это дело в файл',
  archive: 'Убрать в архив',
  unarchive: 'Вернуть из архива',
  remove: 'Удалить дело',
  confirmRemove: 'Удалить дело «{name}»? Вернуть его можно будет только из скачанного файла.',
  keepHeading: 'Как не потерять дела',
  privacy:
    'Дела хранятся только в этом браузере на этом устройстве и никуда не отправляются. Чтобы перенести их на другое устройство, скачайте резервную копию.',
  safari:
    'Safari на iPhone и iPad стирает данные сайта, если его не открывать 7 дней, — кроме сайтов, добавленных на экран «Домой». Добавьте сайт на экран «Домой» или время от времени скачивайте резервную копию.',
  backup: 'Скачать резервную копию всех дел',
  restore: 'Загрузить копию из файла можно в чек-листе, в разделе «Резервная копия»',
  forget: 'Удалить мои данные',
  confirmForget:
    'Удалить все дела и ваши данные из этого браузера? Отменить это нельзя — сначала скачайте резервную копию, если она нужна.',
  forgotten: 'Все дела и ваши данные удалены из этого браузера.',
  forgetFailed: 'Не удалось удалить данные: браузер не разрешает менять сохранённое.',
  notices: {
    ...pick(CHECKLIST_MESSAGES, ['full', 'newer', 'repaired', 'downloadDamaged']),
    blocked:
      'Браузер не разрешает этой странице сохранять данные (например, из-за настроек приватности). Изменения работают, но пропадут, когда вы закроете вкладку. Чтобы их не потерять, скачайте резервную копию.',
    corrupt:
      'Сохранённые дела повреждены и не читаются, поэтому список начат заново. Повреждённая копия отложена в браузере отдельно и ничем не перезаписана — её можно скачать и сохранить.',
    nowBanner: '',
  },
} as const;

/** The page's text, as the island takes it. */
export type DeloMessages = typeof DELO_MESSAGES;

/** The home page's case card. */
export const CASE_CARD_MESSAGES = {
  heading: 'Ваше дело',
  unnamed: 'Без названия',
  open: 'Открыть «Моё дело»',
} as const;
