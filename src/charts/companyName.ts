// A company's display name in the chart's language: a localised name where one is registered
// (company.<symbol>, for names that carry words such as "US shares"), the data's name otherwise.

import type { Locale } from '../i18n/locales';
import { hasMessage, translate } from '../i18n/translate';

export function companyName(locale: Locale, { symbol, name }: { symbol: string; name: string }): string {
  const key = `company.${symbol}`;
  return hasMessage(locale, key) ? translate(locale, key) : name;
}
