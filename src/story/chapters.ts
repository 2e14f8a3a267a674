// The chapters of one locale, in story order, with the anchor each has on the page.

import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';

export async function chaptersOf(locale: Locale) {
  const entries = await getCollection('chapters', (entry) => entry.id.startsWith(`${locale}/`));
  return entries.sort((a, b) => a.data.order - b.data.order).map((entry) => ({ entry, slug: entry.id.slice(locale.length + 1) }));
}
