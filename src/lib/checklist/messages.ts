/**
 * Every word the checklist island shows. The page passes them to the island as a prop, so the copy
 * travels in the HTML and not in the 15 KB JavaScript budget (docs/decisions/020-…). `{name}`-style
 * slots are filled with `fill`.
 */
export const CHECKLIST_MESSAGES = {
  caseTitle: 'Дело',
  caseList: 'Ваши дела',
  client: 'Клиент',
  amount: 'Сумма долга, ₽',
  dueDate: 'Срок оплаты',
  duePrint: ', срок оплаты {date}',
  newCase: 'Новое дело',
  caseCreated: 'Новое дело создано',
  removeCase: 'Удалить дело',
  caseRemoved: 'Дело удалено',
  progress: 'Сделано: {done} из {total}',
  phaseProgress: '{done} из {total}',
  progressLabel: 'Сделано пунктов чек-листа',
  nowBadge: 'Сделать сейчас',
  guideLink: 'Гайд: {label}',
  reset: 'Сбросить',
  resetDone: 'Отметки сняты',
  print: 'Распечатать',
  logTitle: 'Журнал контактов',
  entryNew: 'Новая запись',
  entryEdit: 'Изменить запись',
  date: 'Дата',
  channel: 'Способ связи',
  said: 'Что сказал клиент',
  agreed: 'О чём договорились',
  next: 'Следующий шаг',
  nextDate: 'Дата следующего шага',
  nextUntil: ' — до {date}',
  add: 'Добавить запись',
  save: 'Сохранить изменения',
  cancel: 'Отмена',
  added: 'Запись добавлена',
  changed: 'Запись изменена',
  removed: 'Запись удалена',
  empty: 'Записей пока нет.',
  edit: 'Изменить',
  editLabel: 'Изменить запись от {date}',
  remove: 'Удалить',
  removeLabel: 'Удалить запись от {date}',
  csv: 'Скачать журнал (CSV для Excel)',
  backupTitle: 'Резервная копия',
  backupSave: 'Скачать резервную копию',
  backupLoad: 'Загрузить из файла',
  blocked:
    'Браузер не разрешает этой странице сохранять данные (например, из-за настроек приватности). Отметки и журнал работают, но пропадут, когда вы закроете вкладку. Чтобы их не потерять, скачайте резервную копию.',
  full: 'Хранилище браузера переполнено: последние изменения не сохранены и пропадут, когда вы закроете вкладку. Скачайте резервную копию.',
  newer:
    'Данные сохранены более новой версией сайта. Чтобы их не испортить, эта страница только показывает их и ничего не сохраняет. Обновите страницу (Ctrl+F5 или потяните экран вниз на телефоне) — и всё заработает.',
  corrupt:
    'Сохранённые данные чек-листа повреждены и не читаются, поэтому список начат заново. Повреждённая копия отложена в браузере отдельно и ничем не перезаписана — её можно скачать и сохранить.',
  repaired:
    'Часть сохранённых данных не удалось прочитать как есть — всё, что читается, восстановлено. Исходная копия отложена в браузере отдельно — её можно скачать и сохранить.',
  downloadDamaged: 'Скачать исходную копию',
  nowBanner: 'Отмечено по вашему плану — сделайте сейчас:',
  confirmReset: 'Снять все отметки в этом деле? Журнал контактов останется.',
  confirmRemoveCase: 'Удалить дело «{name}» вместе с отметками и журналом?',
  confirmRemoveEntry: 'Удалить запись от {date}?',
  needDate: 'Укажите дату контакта.',
  badDate: 'Проверьте дату: год должен быть с 1970 по 2100.',
  needText: 'Запишите, что сказал клиент или о чём договорились.',
  badNextDate: 'Проверьте дату следующего шага.',
  imported: 'Готово: данные из файла объединены с тем, что уже было в этом браузере.',
  importLoad: 'Загрузить',
  importStale: 'Пока файл ждал подтверждения, данные изменились. Выберите файл ещё раз.',
  backupIntro: 'Все дела, отметки и журнал — в одном файле. Так их можно сохранить или перенести на другое устройство.',
  unnamed: 'Без названия',
  tooManyCases:
    'Дел уже {n} — больше не поместится. Удалите закрытые дела или скачайте резервную копию и начните заново.',
  logFull: 'В журнале этого дела уже {n} записей — больше не поместится. Скачайте журнал и удалите старые записи.',
} as const;

/** The messages the island receives. */
export type ChecklistMessages = { readonly [K in keyof typeof CHECKLIST_MESSAGES]: string };

/** Put values into a message's `{slots}`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
}
