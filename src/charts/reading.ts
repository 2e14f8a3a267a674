// How a value reads when the reader inspects a mark: "27 Jan 2025: $2.90T", "27 janv. 2025 : 2 900 Md$".

import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';

export const reading =
  (locale: Locale) =>
  (label: string, value: string): string =>
    translate(locale, 'chart.reading', { label, value });
