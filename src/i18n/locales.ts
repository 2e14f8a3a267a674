// The story's locales and their Intl tags. English is the default and lives at the site root.

export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tag used for Intl formatting and `<html lang>`. */
export const intlTag: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
