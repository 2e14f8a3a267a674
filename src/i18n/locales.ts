// The story's locales and their Intl tags. English is the default and lives at the site root.

export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tag used for Intl formatting and `<html lang>`. */
export const intlTag: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A locale named in the page (a `data-locale`), or the default for anything else. */
export function readLocale(value: string | undefined): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : defaultLocale;
}
