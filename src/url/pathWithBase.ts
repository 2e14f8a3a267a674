// Every internal URL goes through here, so the site works at "/" and under a GitHub Pages project
// path such as "/deepseek-selloff/", in every language. Pure: `joinBase` takes the base as an argument.

import { defaultLocale, type Locale } from '../i18n/locales';

/** Joins a site base ("/" or "/repo" or "/repo/") and a path ("charts/x.json" or "/charts/x.json"). */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head.startsWith('/') ? head : `/${head}`}${tail}`;
}

/** A path inside a locale's part of the site: English at the root, other languages under /<locale>/. */
function joinLocale(locale: Locale, path: string): string {
  const tail = path.replace(/^\/+/, '');
  return locale === defaultLocale ? tail : `${locale}/${tail}`;
}

export function pathWithBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function localizedPath(locale: Locale, path: string): string {
  return pathWithBase(joinLocale(locale, path));
}

/** An absolute URL on the deployed site (for canonical links, hreflang, social cards, the sitemap). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('absoluteUrl: astro.config.mjs has no `site`');
  return new URL(path, site).href;
}
