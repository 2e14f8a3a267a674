// Content collections: the story's chapters and the methods page's prose are MDX files in the
// top-level content/ folder, one folder (or file) per locale.

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  // "fr/20-nvidia.mdx" → id "fr/nvidia": the number orders files on disk; the rest of the name is
  // the chapter's anchor, the same in every language.
  loader: glob({
    pattern: '*/*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/\/\d+-/, '/').replace(/\.mdx$/, ''),
  }),
  schema: z.object({
    /** Position in the story (1 = first). */
    order: z.number().int().positive(),
    title: z.string().min(1),
    /** Short label above the title and in the chapter menu. */
    kicker: z.string().min(1),
    /** One sentence for the chapter menu and social cards; no market figures (they belong in <Fact>). */
    summary: z.string().min(1),
    /** The chart state shown on the chapter's social card. */
    card: z.object({ chart: z.string().min(1), state: z.string().min(1) }),
  }),
});

/** The methods page's prose: content/methods/en.mdx, content/methods/fr.mdx. */
const methods = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/methods' }),
  schema: z.object({ title: z.string().min(1), description: z.string().min(1) }),
});

/** The dateline and the list of corrections, one file per locale: content/corrections/en.mdx, fr.mdx. */
const corrections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/corrections' }),
  schema: z.object({
    title: z.string().min(1),
    /** First publication of the story. */
    published: z.coerce.date(),
    /** The latest change; every correction's date is on or before it. */
    updated: z.coerce.date(),
  }),
});

export const collections = { chapters, methods, corrections };
