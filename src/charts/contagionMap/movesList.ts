// The active session's closing moves as a ranked list: swatch, move, company. As many rows as the
// space holds at a readable height, in columns where the frame is wide; the rest is counted in a
// "+ N more" line (the data table under the chart has every move). Pure.

import { formatDate } from '../../format/dates';
import { formatPercent, newsDigits } from '../../format/numbers';

import { translate, type Messages } from '../../i18n/translate';
import { blockHeight, labelBlock, lineStep, lineStyles, wrapped } from '../shared/annotations';
import type { PlotArea } from '../shared/axes';
import { companyName } from '../shared/companyName';
import { moreText } from '../shared/reading';
import { visibleRows } from '../shared/rankedBars';
import { rectMark, type Mark } from '../shared/scene';
import { baselineOffset, measure, textMark, type FontSizes } from '../shared/text';
import { moveClass, type MoveView, type SessionView } from './types';

/** Columns of the list: one on a phone, more where a column of `minimum` px fits. */
const columnsFor = (width: number, minimum: number) => Math.max(1, Math.floor(width / minimum));

export function listMarks(active: SessionView, { box, messages, fonts }: { box: PlotArea; messages: Messages; fonts: FontSizes }): Mark[] {
  const line = lineStyles(fonts);
  const pct = (move: MoveView) => formatPercent(move.change, { locale: messages.locale, digits: newsDigits(move.digits), signed: true });
  const heading = wrapped(
    translate(messages, 'contagionMap.chart.listHeading', {
      session: translate(messages, `contagionMap.session.${active.id}`),
      date: formatDate(active.date, { locale: messages.locale, style: 'short' }),
    }),
    (text) => line.strong(text),
    box.width,
  );
  const marks: Mark[] = labelBlock('list-heading', heading, { x: box.x, top: box.y, anchor: 'start' });
  const top = box.y + blockHeight(heading) + 2;
  const step = lineStep({ size: fonts.label }) + 2;
  const name = (move: MoveView) =>
    `${companyName(messages, move)}${move.basis === 'reported' ? ` (${translate(messages, 'contagionMap.chart.reportedShort')})` : move.gapSkipped ? '*' : ''}`;
  const valueWidth = Math.max(...active.moves.map((move) => measure(pct(move), { size: fonts.label, weight: 700 })));
  const swatch = Math.round(fonts.label * 0.8);
  const columnWidth =
    swatch + 6 + valueWidth + 8 + Math.max(...active.moves.map((move) => measure(name(move), { size: fonts.label }))) + 24;
  const columns = Math.min(columnsFor(box.width, columnWidth), Math.max(1, active.moves.length));
  const rowsPerColumn = Math.max(0, Math.floor((box.y + box.height - top) / step));
  const { shown, more } = visibleRows(active.moves, rowsPerColumn * columns);
  const rows = Math.ceil((shown.length + (more > 0 ? 1 : 0)) / columns);
  const columnX = (index: number) => box.x + Math.floor(index / rows) * (box.width / columns);
  const baselineAt = (index: number) => top + (index % rows) * step + (step - fonts.label * 1.21) / 2 + baselineOffset(fonts.label);
  shown.forEach((move, index) => {
    const x = columnX(index);
    const baseline = baselineAt(index);
    marks.push(
      rectMark(
        `move-${move.symbol}-swatch`,
        x,
        baseline - swatch + 1,
        swatch,
        swatch,
        `mark-move ${moveClass(move.change)}${move.basis === 'reported' ? ' is-reported' : ''}`,
      ),
      textMark(`move-${move.symbol}-value`, pct(move), {
        x: x + swatch + 6 + valueWidth,
        y: baseline,
        size: fonts.label,
        weight: 700,
        anchor: 'end',
        className: 'label',
      }),
      textMark(`move-${move.symbol}-name`, name(move), {
        x: x + swatch + 14 + valueWidth,
        y: baseline,
        size: fonts.label,
        className: 'label',
      }),
    );
  });
  if (more > 0) {
    const index = shown.length;
    marks.push(
      textMark('moves-more', moreText(messages)(more), {
        x: columnX(index),
        y: baselineAt(index),
        size: fonts.label,
        className: 'label label-muted',
      }),
    );
  }
  return marks;
}

/** Height the heading and `rows` rows take. */
export function listHeight(rows: number, { fonts }: { fonts: FontSizes }) {
  return lineStep({ size: fonts.label }) * 2 + 2 + rows * (lineStep({ size: fonts.label }) + 2);
}
