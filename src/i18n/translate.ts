// Looks up a UI or chart string for a locale and fills its {placeholders}. A missing placeholder
// value is an error, so a template and its caller cannot drift apart silently.

import { en, type MessageKey } from './en';
import type { Locale } from './locales';

export const messages: Record<Locale, Record<MessageKey, string>> = { en };

export function translate(locale: Locale, key: MessageKey, params: Readonly<Record<string, string>> = {}): string {
  const template = messages[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`translate: "${key}" needs a value for {${name}}`);
    return value;
  });
}
