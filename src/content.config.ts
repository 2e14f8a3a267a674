// Content collections: the story's chapters are MDX files in the top-level content/chapters folder.

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  // "20-nvidia.mdx" → id "nvidia": the number orders files on disk, the id is the chapter's anchor.
  loader: glob({
    pattern: '*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
  }),
  schema: z.object({
    /** Position in the story (1 = first). */
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** Short label above the title and in the chapter menu. */
    kicker: z.string().min(1),
    /** One sentence for the chapter menu and social cards; no market figures (they belong in <Fact>). */
    summary: z.string().min(1),
  }),
});

export const collections = { chapters };
