import { z } from 'zod';
import { SEO_TITLE_NEEDED, TITLE_MAX, titleFits } from '../site/title-length';

/** Sections of the guide, in reading order; each page belongs to one. */
export const GUIDE_SECTIONS = {
  basics: 'Что делать',
  reasons: 'Почему клиент не платит',
  terms: 'Условия и документы',
  options: 'Как договориться',
  law: 'Юридический путь',
} as const;

/** A guide section's key. */
export type GuideSectionKey = keyof typeof GUIDE_SECTIONS;

const sectionKeys = Object.keys(GUIDE_SECTIONS) as [GuideSectionKey, ...GuideSectionKey[]];

/** Frontmatter of a guide page in content/guide/ (.md or .mdx). */
export const GuidePageSchema = z
  .object({
    /** The page's heading and <title>; short, in plain Russian. */
    title: z.string().min(5, 'title: не короче 5 символов').max(90, 'title: не длиннее 90 символов'),
    /** A shorter <title> (tab, search results) where `title` is longer than 70 characters. */
    seoTitle: z.string().min(5).max(TITLE_MAX).optional(),
    /** Short label for navigation; defaults to the title. */
    navTitle: z.string().max(40).optional(),
    /** Meta description and search snippet: one or two sentences. */
    description: z
      .string()
      .min(50, 'description: не короче 50 символов — это текст для поисковиков')
      .max(200, 'description: не длиннее 200 символов'),
    /** Section of the guide the page belongs to. */
    section: z.enum(sectionKeys),
    /** Position in the guide's reading order (unique across pages). */
    order: z.number().int().positive(),
    /** Date the page's content was last reviewed. */
    updated: z.coerce.date(),
    /** Extra words people may search for (synonyms, colloquial terms). */
    keywords: z.array(z.string().min(2)).default([]),
    /** Whether the page states legal facts; such pages show the facts' "as of" date. */
    legal: z.boolean().default(false),
  })
  .strict()
  .refine(titleFits, { message: SEO_TITLE_NEEDED, path: ['seoTitle'] });

/** A guide page's validated frontmatter. */
export type GuidePage = z.output<typeof GuidePageSchema>;
