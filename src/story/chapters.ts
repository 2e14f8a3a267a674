// The chapters of one locale, in story order, with the anchor each has on the page, and their chart sections.

import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { typeset } from '../i18n/typeset';
import { sectionsIn, type StorySection } from './sections';

export async function chaptersOf(locale: Locale) {
  const entries = await getCollection('chapters', (entry) => entry.id.startsWith(`${locale}/`));
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      // Front matter is typed like prose: French titles and summaries get their no-break spaces.
      entry: {
        ...entry,
        data: {
          ...entry.data,
          title: typeset(entry.data.title, locale),
          kicker: typeset(entry.data.kicker, locale),
          summary: typeset(entry.data.summary, locale),
        },
      },
      slug: entry.id.slice(locale.length + 1),
    }));
}

/** The chart sections of one locale's chapters, in story order (what embed pages are built from). */
export async function sectionsOf(locale: Locale): Promise<StorySection[]> {
  return (await chaptersOf(locale)).flatMap(({ entry, slug }) => sectionsIn(entry.body ?? '', slug));
}
