// The oEmbed response of an embed page (oembed.com, type "rich"), served as a static JSON file beside
// it (embed/<section>/oembed.json) and announced by the page's <link rel="alternate">.

import type { Locale } from '../i18n/locales';
import { pageText } from '../i18n/pageText';
import { typeset } from '../i18n/typeset';
import { sectionsOf } from '../story/chapters';
import { absoluteUrl, localizedPath, pathWithBase } from '../url/pathWithBase';
import { embedHeight, embedSnippet, embedUrl, embedWidth } from './snippet';

export async function oembedOf(locale: Locale, sectionId: string, site: URL | undefined) {
  const section = (await sectionsOf(locale)).find(({ id }) => id === sectionId);
  if (!section) throw new Error(`oEmbed: no section "${sectionId}" in the ${locale} story`);
  const title = typeset(section.caption, locale);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: pageText(locale, 'site.title'),
    provider_url: absoluteUrl(localizedPath(locale, ''), site),
    html: embedSnippet({ url: embedUrl(locale, section.id, site), title }),
    width: embedWidth,
    height: embedHeight,
    thumbnail_url: absoluteUrl(pathWithBase(`cards/${locale}-embed-${section.id}.png`), site),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
