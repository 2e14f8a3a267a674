// Every locale's strings, registered for build-time rendering. Pages and components import
// `translate` from here; chart code imports it from ./translate, so the browser never loads
// these tables whole.

import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Locale } from './locales';
import { registerMessages, translate } from './translate';

export const messages: Record<Locale, Record<MessageKey, string>> = { en, fr };

for (const [locale, table] of Object.entries(messages) as [Locale, Record<MessageKey, string>][]) registerMessages(locale, table);

export { translate };
