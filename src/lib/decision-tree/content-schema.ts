import { z } from 'zod';
import { REQUIRED_ITEM_IDS } from '../checklist/items';
import { DOC_IDS } from '../documents/catalog';
import { SEO_TITLE_NEEDED, TITLE_MAX, titleFits } from '../site/title-length';

/** Node and answer ids: lower-case Latin letters, digits and hyphens; they appear in URLs. */
const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: только латиница в нижнем регистре, цифры и дефисы');

/** Checklist item ids the tree may mark as "to do now": the checklist's own list, the one source of truth. */
const CHECKLIST_IDS = REQUIRED_ITEM_IDS;

/** One answer to a question. */
const AnswerSchema = z
  .object({
    /** Stable id, unique within its question; it is kept in the URL. */
    id: IdSchema,
    /** What the user clicks, in plain Russian. */
    label: z.string().min(2),
    /** Optional clarification shown under the label. */
    hint: z.string().optional(),
    /** The node this answer leads to (a question or an outcome id); the validator names a missing one. */
    next: z.string().optional(),
    /** Amount answers only: the largest debt in whole rubles this answer covers (the last answer has none). */
    upTo: z.number().int().positive().optional(),
  })
  .strict();

/** A question: one page, one choice. */
const QuestionSchema = z
  .object({
    /** Stable id; the page lives at /plan/q/<id>/. */
    id: IdSchema,
    /** The question itself: the page's h1 and <title>. */
    text: z.string().min(5).max(TITLE_MAX),
    /** Optional help under the question. */
    hint: z.string().optional(),
    /** The possible answers (the validator requires at least two). */
    answers: z.array(AnswerSchema),
  })
  .strict();

/** One step of an action plan. */
const StepSchema = z
  .object({
    /** What to do, as a short imperative. */
    title: z.string().min(3),
    /** How to do it. */
    text: z.string().min(10),
    /** Optional words to say or send, ready to adapt. */
    say: z.string().optional(),
    /** The documents the step names, linked to /documents/?doc=… (the build refuses a named one left out). */
    docs: z.array(z.enum(DOC_IDS)).default([]),
  })
  .strict();

/** A legal point the plan relies on; figures only from docs/legal-facts.md. */
const LegalPointSchema = z
  .object({
    /** The rule in plain Russian. */
    text: z.string().min(10),
    /** The article of law it comes from, e.g. "ГК РФ ст. 196". */
    source: z.string().min(3),
  })
  .strict();

/** A link to a guide page or section: "/guide/<slug>/" or "/guide/<slug>/#<heading-id>". */
const GuideLinkSchema = z
  .object({
    /** Root-relative URL; the validator checks the page and heading exist. */
    href: z.string().regex(/^\/guide\/[a-z0-9-]+\/(#.+)?$/, 'guide.href: /guide/<slug>/ или /guide/<slug>/#<якорь>'),
    /** Link text. */
    label: z.string().min(3),
  })
  .strict();

/** Groups on the "all outcomes" page. */
export const OUTCOME_GROUPS = {
  talk: 'Договориться с клиентом',
  pay: 'Рассрочка и скидка',
  law: 'Претензия и суд',
  deadline: 'Сроки и доказательства',
} as const;

/** An outcome: a complete action plan at /plan/<id>/. */
const OutcomeSchema = z
  .object({
    /** Stable id; the page lives at /plan/<id>/. */
    id: IdSchema,
    /** The plan's h1 and page title. */
    title: z.string().min(5).max(90),
    /** A shorter <title> (tab, search results) where `title` is longer than 70 characters. */
    seoTitle: z.string().min(5).max(TITLE_MAX).optional(),
    /** Meta description and search snippet. */
    description: z.string().min(50).max(200),
    /** The situation and the plan in two sentences, shown first. */
    summary: z.string().min(20),
    /** Group on the "all outcomes" page. */
    group: z.enum(Object.keys(OUTCOME_GROUPS) as [keyof typeof OUTCOME_GROUPS, ...(keyof typeof OUTCOME_GROUPS)[]]),
    /** Marks plans where time is short (limitation period). */
    urgent: z.boolean().default(false),
    /** Ordered steps. */
    steps: z.array(StepSchema).min(3),
    /** Documents to gather. */
    documents: z.array(z.string().min(3)).min(1),
    /** Legal rules and deadlines that matter here. */
    legal: z.array(LegalPointSchema).default([]),
    /** Guide sections to read. */
    guide: z.array(GuideLinkSchema).min(1),
    /** Checklist items to mark "to do now". */
    checklist: z.array(z.enum(CHECKLIST_IDS)).min(1),
    /** Link the claim calculator (/claim/) with the plan's amount and debtor: plans that say to count the interest. */
    claim: z.boolean().default(false),
    /** Calculator mode to offer, where the plan involves installments or a discount. */
    calculator: z.enum(['installments', 'discount']).optional(),
    /** If the plan does not work: a question of the tree to continue from. */
    fallback: z
      .object({ node: IdSchema, label: z.string().min(5) })
      .strict()
      .optional(),
    /** Extra words people search for. */
    keywords: z.array(z.string()).default([]),
  })
  .strict()
  .refine(titleFits, { message: SEO_TITLE_NEEDED, path: ['seoTitle'] });

/** The questions file: the first question and all questions. */
export const QuestionsFileSchema = z.object({ start: IdSchema, questions: z.array(QuestionSchema).min(1) }).strict();

/** The outcomes file. */
export const OutcomesFileSchema = z.object({ outcomes: z.array(OutcomeSchema).min(1) }).strict();

/** A parsed question. */
export type Question = z.output<typeof QuestionSchema>;
/** A parsed outcome. */
export type Outcome = z.output<typeof OutcomeSchema>;
/** A checklist item id. */
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
