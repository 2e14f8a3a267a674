// The colour key: sizes of fall, rise, and the pattern of a move known only from reports. Entries
// flow along the line and wrap under the title on a narrow frame. Pure.

import { formatValue } from '../../format/formatValue';

import { translate, type Messages } from '../../i18n/translate';
import { lineStep } from '../annotations';
import { px, type Mark } from '../scene';
import { baselineOffset, measure, textMark, type ChartType } from '../text';
import { moveBuckets } from './types';

export function legendMarks({
  x: left,
  top,
  width,
  messages,
  type,
}: {
  x: number;
  top: number;
  width: number;
  messages: Messages;
  type: ChartType;
}): {
  marks: Mark[];
  height: number;
} {
  // "≥20%" in English, "≥ 20 %" in French.
  const atLeast = (limit: number) =>
    `≥${messages.locale === 'fr' ? '\u202F' : ''}${formatValue(limit, { kind: 'percent', digits: 0 }, { locale: messages.locale })}`;
  // "<5%" in English, "< 5 %" in French.
  const under = (limit: number) =>
    `<${messages.locale === 'fr' ? '\u202F' : ''}${formatValue(limit, { kind: 'percent', digits: 0 }, { locale: messages.locale })}`;
  const entries = [
    { key: 'fall-4', className: 'move-fall-4', text: atLeast(moveBuckets[2]) },
    { key: 'fall-3', className: 'move-fall-3', text: atLeast(moveBuckets[1]) },
    { key: 'fall-2', className: 'move-fall-2', text: atLeast(moveBuckets[0]) },
    { key: 'fall-1', className: 'move-fall-1', text: under(moveBuckets[0]) },
    { key: 'rise', className: 'move-rise-1', text: translate(messages, 'contagion.chart.rise') },
    { key: 'reported', className: 'move-fall-2 is-reported', text: translate(messages, 'contagion.chart.reportedKey') },
  ];
  const size = type.label;
  const step = lineStep({ size });
  const swatch = Math.round(size * 0.85);
  const title = translate(messages, 'contagion.chart.legendFall');
  const baselineOf = (row: number) => top + row * step + (step - size * 1.21) / 2 + baselineOffset(size);
  const marks: Mark[] = [textMark('legend-title', title, { x: left, y: baselineOf(0), size, weight: 700, className: 'label' })];
  const indent = left + measure(title, { size, weight: 700 }) + 8;
  let x = indent;
  let row = 0;
  for (const entry of entries) {
    const entryWidth = swatch + 4 + measure(entry.text, { size });
    // Wrap onto another line rather than run off a narrow frame.
    if (x + entryWidth > left + width && x > indent) {
      x = indent;
      row += 1;
    }
    const baseline = baselineOf(row);
    marks.push(
      {
        key: `legend-${entry.key}`,
        tag: 'rect',
        attrs: { x: px(x), y: px(baseline - swatch + 1), width: swatch, height: swatch, class: `mark-move ${entry.className}` },
      },
      textMark(`legend-${entry.key}-text`, entry.text, { x: x + swatch + 4, y: baseline, size, className: 'label' }),
    );
    x += entryWidth + 12;
  }
  return { marks, height: (row + 1) * step };
}
