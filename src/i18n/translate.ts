// Looks up a UI or chart string for a locale and fills its {placeholders}. The tables are
// registered, not imported: pages register every locale (i18n/messages.ts), while the browser
// registers only the strings a chart needs, which arrive with the chart's data. A missing string
// or placeholder value is an error, so templates and callers cannot drift apart silently.

import type { MessageKey } from './en';
import { frenchSpacing } from './frenchSpacing';
import type { Locale } from './locales';

const tables = new Map<Locale, Partial<Record<MessageKey, string>>>();

export function registerMessages(locale: Locale, messages: Partial<Record<MessageKey, string>>): void {
  tables.set(locale, { ...tables.get(locale), ...messages });
}

export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, string>> = {}): string {
  const template = tables.get(locale)?.[key];
  if (template === undefined) throw new Error(`translate: no "${key}" string registered for locale "${locale}"`);
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`translate: "${key}" needs a value for {${name}}`);
    return value;
  });
  // Strings are written with ordinary spaces; French gets its no-break ones here.
  return locale === 'fr' ? frenchSpacing(text) : text;
}

/** Whether a string is registered (for optional wording such as localised company names). */
export function hasMessage(locale: Locale, key: string): key is MessageKey {
  return tables.get(locale)?.[key as MessageKey] !== undefined;
}

/** The strings whose keys start with one of `prefixes`, for shipping with a chart's data. */
export function messagesWithPrefix(
  messages: Readonly<Record<MessageKey, string>>,
  prefixes: readonly string[],
): Partial<Record<MessageKey, string>> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))) as Partial<
    Record<MessageKey, string>
  >;
}
