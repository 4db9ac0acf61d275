/**
 * The Russian text of importing a backup: refusals, the error map for the file check, the preview. Kept
 * apart from messages.ts because only the on-demand import chunk needs it (docs/decisions/091).
 */
import { plural } from '../format/plural';

/** Refusals that are not about one field of the file. */
export const IMPORT_TEXT = {
  unchanged: 'Ваши данные не изменены.',
  tooBig: 'Файл слишком большой: резервная копия чек-листа не бывает больше 5 МБ.',
  encoding:
    'Файл сохранён не в кодировке UTF-8 (например, в Windows-1251), и русские буквы в нём не прочитать. Скачайте резервную копию на этой странице заново или сохраните файл в UTF-8.',
  notJson: 'Файл не читается: это не резервная копия чек-листа (ожидается файл .json, сохранённый на этой странице).',
  notBackup: 'Это не резервная копия чек-листа с этого сайта.',
  newer: 'Файл сохранён более новой версией сайта. Обновите страницу (Ctrl+F5) и попробуйте снова.',
  forbidden: 'Файл отклонён: в нём есть поле «{key}», которого в резервной копии не бывает.',
  deep: 'Файл отклонён: в нём слишком много вложенных уровней — резервная копия так не устроена.',
  duplicate: 'Файл отклонён: поле «{key}» записано в нём дважды, и непонятно, какое значение верное.',
  damaged: 'Файл повреждён или изменён вручную: {where}{reason}.',
  tooManyCases:
    'Столько дел не поместится: после загрузки их стало бы {total}, а помещается {max}. Удалите здесь или в файле хотя бы {over} — и загрузите снова.',
  tooManyEntries:
    'В журнале дела «{name}» после загрузки стало бы {total} записей, а помещается {max}. Удалите хотя бы {over} — и загрузите снова.',
  preview: 'Будет добавлено {added}, обновлено {updated}, удалено {removed}.',
  nothingNew: 'В файле нет ничего нового: всё это уже есть в этом браузере.',
  unnamed: 'без названия',
} as const;

/** «1 дело», «3 дела», «10 дел». */
export const casesCount = (n: number): string => `${n} ${plural(n, ['дело', 'дела', 'дел'])}`;

/** «1 запись», «3 записи», «10 записей». */
export const entriesCount = (n: number): string => `${n} ${plural(n, ['запись', 'записи', 'записей'])}`;

/** What each field of the file is called in a message. */
export const FIELD_NAMES: Record<string, string> = {
  format: 'метка файла',
  version: 'версия',
  exportedAt: 'дата выгрузки',
  activeCaseId: 'выбранное дело',
  cases: 'список дел',
  client: 'клиент',
  amount: 'сумма',
  dueDate: 'срок оплаты',
  createdAt: 'время создания',
  updatedAt: 'время изменения',
  at: 'время отметки',
  deleted: 'пометка об удалении',
  ticks: 'отметки',
  done: 'отметка',
  log: 'журнал',
  date: 'дата',
  channel: 'способ связи',
  said: 'что сказал клиент',
  agreed: 'о чём договорились',
  next: 'следующий шаг',
  nextDate: 'дата следующего шага',
};

/** Why a value of the file is refused, by the check's issue code (the error map for the file check). */
export const ISSUE_TEXT: Record<string, string> = {
  missing: 'поле отсутствует',
  invalid_type: 'значение не того вида',
  unrecognized_keys: 'лишнее поле «{key}»',
  invalid_value: 'недопустимое значение',
  invalid_union: 'недопустимое значение',
  invalid_key: 'недопустимый идентификатор',
  too_big: 'слишком длинное значение',
  other: 'значение не подходит',
};
