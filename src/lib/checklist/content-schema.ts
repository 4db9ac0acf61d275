import { z } from 'zod';
import { REQUIRED_ITEM_IDS, type ChecklistItem, type ChecklistPhase } from './items';

const ID = /^[a-z][a-z0-9-]{1,39}$/;

/** One item of content/checklists/checklist.json. */
const ChecklistItemSchema = z
  .object({
    /** Stable kebab-case id: never rename one (stored progress and links use it); adding is fine. */
    id: z.string().regex(ID, 'id: латиница в нижнем регистре, цифры и дефисы'),
    /** What to do, imperative and short. */
    title: z.string().min(5).max(80),
    /** One or two sentences on how and why. */
    hint: z.string().min(20).max(240),
    /** The guide section that explains it: root-relative, with a #anchor. */
    guide: z
      .object({
        /** e.g. "/guide/dokumenty/#договор". */
        href: z.string().regex(/^\/guide\/[a-z0-9-]+\/#\S+$/, 'guide.href: /guide/<страница>/#<раздел>'),
        /** Link text. */
        label: z.string().min(3).max(60),
      })
      .strict(),
  })
  .strict();

/** One phase of the checklist. */
const ChecklistPhaseSchema = z
  .object({
    /** Stable id, used as the section's anchor. */
    id: z.string().regex(ID),
    /** Heading. */
    title: z.string().min(3).max(40),
    /** One sentence under the heading. */
    intro: z.string().min(10).max(200),
    /** Items in order. */
    items: z.array(ChecklistItemSchema).min(1),
  })
  .strict();

/** The whole file: phases in order, item ids unique and the contract ids present. */
const ChecklistSchema = z
  .object({ phases: z.array(ChecklistPhaseSchema).min(1) })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    for (const phase of data.phases) {
      for (const item of phase.items) {
        if (seen.has(item.id) || phase.id === item.id)
          ctx.addIssue({ code: 'custom', message: `повторяется id «${item.id}»` });
        seen.add(item.id);
      }
    }
    for (const id of REQUIRED_ITEM_IDS) {
      if (!seen.has(id))
        ctx.addIssue({
          code: 'custom',
          message: `нет обязательного пункта «${id}» (на него ссылаются другие разделы сайта)`,
        });
    }
  });

/** Validate the checklist content; throws an error naming every bad item so the build stops clearly. */
export function parseChecklist(raw: unknown, file = 'content/checklists/checklist.json'): ChecklistPhase[] {
  const result = ChecklistSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${describePath(raw, i.path)}: ${i.message}`);
    throw new Error(`${file}: ошибка в чек-листе\n${lines.join('\n')}`);
  }
  return result.data.phases.map((p) => ({
    ...p,
    items: p.items.map((it): ChecklistItem => ({ ...it, phase: p.id, phaseTitle: p.title })),
  }));
}

/** "phases[1].items[2] (listen).hint" — names the item by its id where it has one. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && typeof key === 'number') out += ` (${id})`;
  }
  return out || 'файл';
}

/** All items of all phases, in order. */
export function flattenItems(phases: readonly ChecklistPhase[]): ChecklistItem[] {
  return phases.flatMap((p) => p.items);
}
