import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuidePageSchema } from './lib/content/guide-schema';

/** Guide pages: MDX files a writer edits in content/guide/. */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: GuidePageSchema,
});

export const collections = { guide };
