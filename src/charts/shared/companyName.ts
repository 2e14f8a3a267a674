// A company's display name in the chart's language: a localised name where one is registered
// (company.<symbol>, for names that carry words such as "US shares"), the data's name otherwise.

import { hasMessage, translate, type Messages } from '../../i18n/translate';

export function companyName(messages: Messages, { symbol, name }: { symbol: string; name: string }): string {
  const key = `company.${symbol}`;
  return hasMessage(messages, key) ? translate(messages, key) : name;
}
