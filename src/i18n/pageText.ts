// Every locale's strings, for build-time rendering. Pages and components look their words up by
// locale here; chart code takes a `Messages` table through its render options, so the browser never loads
// these tables whole.

import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Locale } from './locales';
import { typeset } from './typeset';
import { hasMessage, translate, type Messages } from './translate';

export const siteStrings: Record<Locale, Record<MessageKey, string>> = { en, fr };

/** A locale's whole table. */
const messagesOf = (locale: Locale): Messages => ({ locale, strings: siteStrings[locale] });

export function pageText(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string>>): string {
  return translate(messagesOf(locale), key, params);
}

/** Whether a locale has a string (for optional wording such as localised column names). */
export function hasPageText(locale: Locale, key: string): key is MessageKey {
  return hasMessage(messagesOf(locale), key);
}

/** A figure's source line ("Source: …"), its source as authored in MDX, typeset for the locale. */
export const sourceLine = (source: string, locale: Locale): string =>
  pageText(locale, 'figure.sourceLine', { source: typeset(source, locale) });
