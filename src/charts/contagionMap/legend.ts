// The key: the colour and size of each band of fall, of a rise, and the ring of a move known only from reports. Entries
// flow along the line and wrap under the title on a narrow frame. Pure.

import { formatPercent } from '../../format/numbers';

import { translate, type Messages } from '../../i18n/translate';
import { lineStep } from '../shared/annotations';
import { circleMark, roundToTenth, type Mark } from '../shared/scene';
import { baselineOffset, measure, textMark, type FontSizes } from '../shared/text';
import { moveBuckets } from './types';

export function legendMarks({
  x: left,
  top,
  width,
  messages,
  fonts,
  radius,
  largest,
}: {
  x: number;
  top: number;
  width: number;
  messages: Messages;
  fonts: FontSizes;
  /** The map's marker radius for a move: the key's circles are drawn at the size of the moves they stand for. */
  radius: (change: number) => number;
  /** The largest radius `radius` can give at any zoom: rows and entries are laid out for it, so the key's size does not depend on the map's. */
  largest: (change: number) => number;
}): {
  marks: Mark[];
  height: number;
} {
  // "≥20%", "<5%" in English; "≥ 20 %", "< 5 %" in French.
  const bound = (sign: '≥' | '<', limit: number) =>
    `${sign}${messages.locale === 'fr' ? '\u202F' : ''}${formatPercent(limit, { locale: messages.locale, digits: 0 })}`;
  const atLeast = (limit: number) => bound('≥', limit);
  // Each circle is the size of the smallest move it stands for (half the limit for "< 5 %"), so the
  // key reads as a size key too.
  const entries = [
    { key: 'fall-4', className: 'move-fall-4', change: moveBuckets[2], text: atLeast(moveBuckets[2]) },
    { key: 'fall-3', className: 'move-fall-3', change: moveBuckets[1], text: atLeast(moveBuckets[1]) },
    { key: 'fall-2', className: 'move-fall-2', change: moveBuckets[0], text: atLeast(moveBuckets[0]) },
    { key: 'fall-1', className: 'move-fall-1', change: moveBuckets[0] / 2, text: bound('<', moveBuckets[0]) },
    { key: 'rise', className: 'move-rise-1', change: moveBuckets[0] / 2, text: translate(messages, 'contagionMap.chart.rise') },
    // Known only from reports: the dashed ring, around a marker of any colour.
    {
      key: 'reported',
      className: 'legend-reported is-reported',
      change: moveBuckets[1],
      text: translate(messages, 'contagionMap.chart.reportedKey'),
    },
  ];
  const size = fonts.label;
  const step = Math.max(lineStep({ size }), Math.ceil(2 * largest(moveBuckets[2]) + 2));
  const title = translate(messages, 'contagionMap.chart.legendFall');
  const baselineOf = (row: number) => top + row * step + (step - size * 1.21) / 2 + baselineOffset(size);
  const marks: Mark[] = [textMark('legend-title', title, { x: left, y: baselineOf(0), size, weight: 700, className: 'label' })];
  const indent = left + measure(title, { size, weight: 700 }) + 8;
  let x = indent;
  let row = 0;
  for (const entry of entries) {
    const swatch = Math.ceil(2 * largest(entry.change));
    const entryWidth = swatch + 4 + measure(entry.text, { size });
    // Wrap onto another line rather than run off a narrow frame.
    if (x + entryWidth > left + width && x > indent) {
      x = indent;
      row += 1;
    }
    const baseline = baselineOf(row);
    marks.push(
      circleMark(
        `legend-${entry.key}`,
        x + swatch / 2,
        top + row * step + step / 2,
        roundToTenth(radius(entry.change)),
        `mark-move legend-swatch ${entry.className}`,
      ),
      textMark(`legend-${entry.key}-text`, entry.text, { x: x + swatch + 4, y: baseline, size, className: 'label' }),
    );
    x += entryWidth + 12;
  }
  return { marks, height: (row + 1) * step };
}
