import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuidePageSchema } from './lib/content/guide-schema';

/** Guide pages a writer edits in content/guide/: Markdown (.md), or MDX (.mdx) where a page uses a component. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/guide' }),
  schema: GuidePageSchema,
});

export const collections = { guide };
