// Every locale's strings, registered for build-time rendering. Pages and components import
// `translate` from here; chart code imports it from ./translate, so the browser never loads
// these tables whole.

import { en, type MessageKey } from './en';
import type { Locale } from './locales';
import { registerMessages, translate } from './translate';

export const messages: Record<Locale, Record<MessageKey, string>> = { en };

for (const [locale, table] of Object.entries(messages) as [Locale, Record<MessageKey, string>][]) registerMessages(locale, table);

export { translate };
