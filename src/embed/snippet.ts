// What a host page pastes to embed a chart section, and where each embed lives: written once for
// the story's "Embed this chart" control and the oEmbed JSON (the README's example copies it, and
// e2e/embed.spec.ts pastes the README's into a page).

import type { Locale } from '../i18n/locales';
import { absoluteUrl, localizedPath } from '../url/pathWithBase';

/**
 * The iframe's height before the embed reports its own, and on a host that does not listen: the
 * tallest section at 320, 640 and 1200 px wide, every step (846 px, the French map at 320 px, measured
 * 2026-12-07), so nothing is cut off. e2e/embed.spec.ts holds every embed to it at 640 px.
 */
export const embedHeight = 860;
/** The width the oEmbed JSON gives (the iframe itself is as wide as its column). */
export const embedWidth = 640;

export const embedUrl = (locale: Locale, section: string, site: URL | undefined) =>
  absoluteUrl(localizedPath(locale, `embed/${section}/`), site);

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A plain iframe with a descriptive title; @newswire/frames or Pym.js on the host page give it the embed's height. */
export function embedSnippet({ url, title }: { url: string; title: string }): string {
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${embedHeight}" style="border: 0; width: 100%;" loading="lazy"></iframe>`;
}
