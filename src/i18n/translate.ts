// Looks up a UI or chart string in a table of messages and fills its {placeholders}. The table is
// always handed in, never held here: pages use every locale's whole table (i18n/pageText.ts), a
// chart gets the strings it draws through its render options, and in the browser those arrive with
// the chart's data. A missing string or placeholder value is an error, so templates and callers
// cannot drift apart silently.

import { frenchSpacing } from './frenchSpacing';
import type { Locale } from './locales';

/**
 * One locale's strings: the site's table at build time (pages), a chart's own in its render (the
 * shared `chart.` and `company.` strings and its folder's strings.ts), at build as in the browser.
 * Keys are plain strings: a chart's live in its folder, and a missing one throws here.
 */
export interface Messages {
  readonly locale: Locale;
  readonly strings: Readonly<Record<string, string>>;
}

export function translate(messages: Messages, key: string, params: Readonly<Record<string, string>> = {}): string {
  const template = messages.strings[key];
  if (template === undefined) throw new Error(`translate: no "${key}" string for locale "${messages.locale}"`);
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`translate: "${key}" needs a value for {${name}}`);
    return value;
  });
  // Strings are written with ordinary spaces; French gets its no-break ones here.
  return messages.locale === 'fr' ? frenchSpacing(text) : text;
}

/** Whether a string exists (for optional wording such as localised company names). */
export function hasMessage(messages: Messages, key: string): boolean {
  return messages.strings[key] !== undefined;
}

/** The strings whose keys start with one of `prefixes`, for shipping with a chart's data. */
export function stringsWithPrefix(messages: Readonly<Record<string, string>>, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))));
}
