// How a value reads when the reader inspects a mark: "27 Jan 2025: $2.90T", "27 janv. 2025 : 2 900 Md$".

import { translate, type Messages } from '../../i18n/translate';

export const reading =
  (messages: Messages) =>
  (label: string, value: string): string =>
    translate(messages, 'chart.reading', { label, value });
