// sitemap.xml: the story and the methods page in every language, each with its hreflang alternates.

import type { APIRoute } from 'astro';
import { defaultLocale, locales } from '../i18n/locales';
import { absoluteUrl, localizedPath } from '../url/pathWithBase';

const pages = ['', 'methods/'];

export const GET: APIRoute = ({ site }) => {
  const url = (locale: (typeof locales)[number], path: string) => absoluteUrl(localizedPath(locale, path), site);
  const entries = pages.flatMap((path) =>
    locales.map((locale) => {
      const alternates = [...locales.map((alternate) => [alternate, url(alternate, path)]), ['x-default', url(defaultLocale, path)]]
        .map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`)
        .join('');
      return `<url><loc>${url(locale, path)}</loc>${alternates}</url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
