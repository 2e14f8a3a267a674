// The web app manifest of one locale (site.webmanifest, fr/site.webmanifest).

import { palette } from '../design/tokens';
import { intlTag, type Locale } from '../i18n/locales';
import { pageText } from '../i18n/pageText';
import { localizedPath, pathWithBase } from '../url/pathWithBase';

export function webManifest(locale: Locale): Response {
  const manifest = {
    name: pageText(locale, 'site.title'),
    short_name: pageText(locale, 'site.title'),
    description: pageText(locale, 'site.description'),
    lang: intlTag[locale],
    start_url: localizedPath(locale, ''),
    scope: pathWithBase(''),
    display: 'browser',
    background_color: palette.light.paper,
    theme_color: palette.light.paper,
    icons: [
      { src: pathWithBase('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: pathWithBase('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: pathWithBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
