// The locale of the page being rendered, from Astro's i18n routing (default: English).

import { defaultLocale, locales, type Locale } from './locales';

export function localeOf(currentLocale: string | undefined): Locale {
  return (locales as readonly string[]).includes(currentLocale ?? '') ? (currentLocale as Locale) : defaultLocale;
}
