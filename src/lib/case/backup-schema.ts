import * as z from 'zod/mini';
import { BACKUP_FORMAT } from './backup-file';
import { MAX_KOPECKS } from '../money/kopecks';
import { CHANNELS, LIMITS, PART_NAMES, STEP_IDS, isIsoDate, isSafeId } from './stored-state';

/**
 * The strict check of a backup file (zod/mini, ~8 KB gzip): loaded only when the user imports a file,
 * so it is not part of the page's first load (docs/decisions/020-checklist-store-and-validation.md).
 */

const id = z.string().check(z.refine(isSafeId, 'недопустимый идентификатор'));
// Any time stamp is accepted as a number and clamped when read (clock.ts): a future one is never trusted.
const stamp = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'недопустимая отметка времени'));
const date = z.string().check(z.refine(isIsoDate, 'дата должна быть настоящей, в виде ГГГГ-ММ-ДД, с 1970 по 2100 год'));
const optionalDate = z.union([z.literal(''), date]);
const text = (max: number) => z.string().check(z.maxLength(max, `не длиннее ${max} символов`));
const sized = <T extends z.ZodMiniType>(schema: T, max: number) =>
  schema.check(z.refine((r) => Object.keys(r as object).length <= max, `не больше ${max} записей`));

/** One contact-log entry in a backup. */
const BackupEntrySchema = z.strictObject({
  date,
  channel: z.enum(CHANNELS),
  said: text(LIMITS.text),
  agreed: text(LIMITS.text),
  next: text(LIMITS.text),
  nextDate: optionalDate,
  updatedAt: stamp,
  deleted: z.optional(z.literal(true)),
});

/** Text as typed (stored-state.ts `Tree`): strings within `max`, booleans, lists and records, 4 levels deep. */
function isTree(v: unknown, max: number, depth = 0): boolean {
  if (typeof v === 'string') return v.length <= max;
  if (typeof v === 'boolean') return true;
  if (depth >= 4 || typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.length <= LIMITS.rows && v.every((x) => isTree(x, max, depth + 1));
  return Object.entries(v).every(([k, x]) => isSafeId(k) && isTree(x, max, depth + 1));
}
const tree = (max: number) =>
  z
    .unknown()
    .check(z.refine((v) => isTree(v, max), `текст не длиннее ${max} символов, списки не длиннее ${LIMITS.rows}`));
const stamped = (max: number) => z.strictObject({ value: tree(max), at: stamp });

/** One case in a backup. */
const BackupCaseSchema = z.strictObject({
  client: text(LIMITS.client),
  amount: z.nullable(
    z.number().check(
      z.refine((n) => Number.isSafeInteger(n) && n >= 0, 'сумма в копейках, целое число'),
      z.refine((n) => n <= MAX_KOPECKS, 'сумма больше, чем принимает форма'),
    ),
  ),
  dueDate: optionalDate,
  createdAt: stamp,
  updatedAt: stamp,
  deleted: z.optional(z.literal(true)),
  archived: z.optional(z.literal(true)),
  parts: z.optional(z.partialRecord(z.enum(PART_NAMES), stamped(LIMITS.query))),
  steps: z.optional(z.partialRecord(z.enum(STEP_IDS), z.strictObject({ date: optionalDate, at: stamp }))),
  docs: z.optional(
    sized(
      z.record(
        id,
        z.strictObject({ doc: text(40), date, query: text(LIMITS.query), inputs: tree(LIMITS.query), at: stamp }),
      ),
      LIMITS.rows,
    ),
  ),
  ticks: sized(z.record(id, z.strictObject({ done: z.boolean(), at: stamp })), LIMITS.ticks),
  log: sized(z.record(id, BackupEntrySchema), LIMITS.entries),
});

/** A whole backup file (version 3 or 2 of the stored shape plus a marker and the export time). */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(2), z.literal(3)]),
  exportedAt: z.string().check(z.maxLength(40)),
  activeCaseId: z.nullable(id),
  profile: z.optional(z.nullable(stamped(LIMITS.text))),
  cases: sized(z.record(id, BackupCaseSchema), LIMITS.cases),
});
