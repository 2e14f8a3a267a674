// The chart sentences every chart shares: how a value reads when the reader inspects a mark ("27 Jan
// 2025: $2.90T", "27 janv. 2025 : 2 900 Md$"), and the line counting the rows left out of a list.

import { formatCount } from '../../format/numbers';
import { translate, type Messages } from '../../i18n/translate';

export const reading =
  (messages: Messages) =>
  (label: string, value: string): string =>
    translate(messages, 'chart.reading', { label, value });

/** "+ 12 more in the table", given the count. */
export const moreText =
  (messages: Messages) =>
  (count: number): string =>
    translate(messages, 'chart.more', { count: formatCount(count, { locale: messages.locale }) });
