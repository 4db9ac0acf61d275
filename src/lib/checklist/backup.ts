import { BACKUP_FORMAT } from './backup-file';
import { BackupSchema } from './backup-schema';
import { readState, type State } from './state';

/** Largest backup file accepted, in characters. */
export const MAX_BACKUP_CHARS = 5_000_000;

/** The result of reading a backup file: a state to merge in, or a message saying why it was refused. */
export type ImportResult = { ok: true; state: State; cases: number } | { ok: false; message: string };

/** Check a backup file strictly; on any problem refuse it whole with a Russian message. Never throws. */
export function importBackup(textValue: string): ImportResult {
  if (textValue.length > MAX_BACKUP_CHARS)
    return fail('Файл слишком большой: резервная копия чек-листа не бывает больше 5 МБ.');
  let raw: unknown;
  try {
    raw = JSON.parse(textValue);
  } catch {
    return fail(
      'Файл не читается: это не резервная копия чек-листа (ожидается файл .json, сохранённый на этой странице).',
    );
  }
  const bad = forbiddenKey(raw, 0);
  if (bad) return fail(`Файл отклонён: в нём недопустимое поле «${bad}».`);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return fail('Это не резервная копия чек-листа с этого сайта.');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > 2)
    return fail('Файл сохранён более новой версией сайта. Обновите страницу и попробуйте снова.');
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` (${issue.path.map(String).join(' › ')})` : '';
    return fail(`Файл повреждён или изменён вручную${where}: ${issue?.message ?? 'неверный формат'}.`);
  }
  const { state } = readState(parsed.data);
  return { ok: true, state, cases: Object.values(state.cases).filter((c) => !c.deleted).length };
}

const fail = (message: string): ImportResult => ({ ok: false, message: `${message} Ваши данные не изменены.` });

/** The first prototype-polluting key anywhere in parsed JSON, or null; too deep nesting counts as bad. */
function forbiddenKey(value: unknown, depth: number): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > 8) return 'слишком глубокая вложенность';
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return key;
    const inner = forbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}
