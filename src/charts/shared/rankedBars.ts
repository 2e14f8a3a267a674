// Horizontal bars, one row per item in the given order: a name line above each bar (or, when rows
// are short of room, the name in a column beside it), the value at the bar's end. Rows keep a readable height: when they do not all fit, the first ones are drawn and a
// "+ N more" line says how many are left out (the data table has all of them); rows marked `keep`
// (a step's subject) are always drawn. Bars grow from zero in either direction. Pure; keys come from
// the rows, so a row keeps its marks when it moves rank between states.

import { scaleLinear, type LinearScale } from './linearScale';
import { lineStep } from './annotations';
import type { PlotArea } from './axes';
import { rectMark, roundToTenth, type Inspectable, type Mark } from './scene';
import { baselineOffset, lineBox, measure, textMark, type Box, type FontSizes } from './text';

export interface BarRow {
  /** Mark key of the bar; the name and value labels get `-name` and `-value`. */
  key: string;
  name: string;
  value: number;
  valueText: string;
  /** Extra classes for the bar (e.g. `mark-loss`); defaults to `mark-bar`. */
  barClass?: string;
  /** Classes for both labels (e.g. `label-loss`); `strong` sets them in bold. */
  labelClass?: string;
  strong?: boolean;
  /** Drawn even when rows are left out (the step's subject); the higher, the more important. */
  keep?: number;
}

/** Height of one row: a name line, a bar of `barHeight`, and a gap. */
const rowHeightFor = (fonts: FontSizes, barHeight = 8) => lineStep({ size: fonts.label }) + barHeight + 8;

/** The tightest row: its value's line box still fits under the name. It sets how many rows fit. */
const minRowHeight = (fonts: FontSizes) => lineStep({ size: fonts.label }) + Math.ceil(lineBox(fonts.label)) + 4;

/**
 * The rows to draw in `capacity` slots: all if they fit, otherwise the first ones plus every kept row,
 * leaving the last slot for the "+ N more" line.
 */
export function visibleRows<Row extends object & { keep?: number }>(
  rows: readonly Row[],
  capacity: number,
): { shown: Row[]; more: number } {
  if (rows.length <= capacity) return { shown: [...rows], more: 0 };
  const room = Math.max(1, capacity - 1);
  // Kept rows first, most important first; then the others in order, as room allows.
  const kept = rows.filter((row) => (row.keep ?? 0) > 0).sort((a, b) => (b.keep ?? 0) - (a.keep ?? 0));
  const chosen = new Set(kept.slice(0, room));
  for (const row of rows) if (chosen.size < room && !chosen.has(row)) chosen.add(row);
  const shown = rows.filter((row) => chosen.has(row));
  return { shown, more: rows.length - shown.length };
}

export function rankedBars(
  rows: readonly BarRow[],
  {
    plot,
    fonts,
    domain,
    nice = false,
    barHeight: preferredBar = 12,
    slots = rows.length,
    magnitude = false,
    moreText,
    reading,
  }: {
    plot: PlotArea;
    fonts: FontSizes;
    domain?: readonly [number, number];
    nice?: boolean;
    barHeight?: number;
    /** Rows the plot is divided into; more than `rows.length` keeps row positions stable as rows are added. */
    slots?: number;
    /** Draw every bar from the left by its size (a ranking of falls), keeping the signed value in the label. */
    magnitude?: boolean;
    /** The "+ N more" line, given N. */
    moreText?: (count: number) => string;
    /** What a reader reads off a bar, from its name and value (in the chart's locale): shared/reading.ts. */
    reading: (name: string, value: string) => string;
  },
): { marks: Mark[]; x: LinearScale; shown: number; boxes: Box[]; bottom: number; inspect: Inspectable[] } {
  const length = (value: number) => (magnitude ? Math.abs(value) : value);
  const nameStep = lineStep({ size: fonts.label });
  const values = rows.map((row) => length(row.value));
  const bounds = (domain ?? [0, 0]).map(length);
  const low = Math.min(0, ...values, ...bounds);
  const high = Math.max(0, ...values, ...bounds);

  // Names above their bars, unless the rows then do not all fit: then, where the names fit in a
  // column of at most 58 % of the width (and no bar runs left), name, bar and value share one line.
  const nameColumn = Math.max(0, ...rows.map((row) => measure(row.name, { size: fonts.label, weight: row.strong ? 700 : 400 }))) + 10;
  const inlineStep = nameStep + 5;
  const inline = rows.length > Math.floor(plot.height / minRowHeight(fonts)) && low >= 0 && nameColumn <= plot.width * 0.58;
  const capacity = Math.max(1, Math.floor(plot.height / (inline ? inlineStep : minRowHeight(fonts))));
  const { shown, more } = visibleRows(rows, capacity);
  const slotCount = Math.min(Math.max(slots, shown.length + (more > 0 ? 1 : 0)), capacity);
  // Rows share the height, up to a comfortable spacing; a tall frame leaves space below them.
  const comfortable = inline ? inlineStep * 1.5 : rowHeightFor(fonts, preferredBar) * 1.5;
  const rowHeight = slotCount > 0 ? Math.min(plot.height / slotCount, comfortable) : 0;
  const barHeight = inline
    ? Math.max(5, Math.min(preferredBar, rowHeight - 8))
    : Math.max(5, Math.min(preferredBar, rowHeight - nameStep - 8));

  // Room for the value text beyond the longest bar on each side that has bars.
  const widest = Math.max(0, ...rows.map((row) => measure(row.valueText, { size: fonts.label, weight: row.strong ? 700 : 400 }))) + 8;
  const barsLeft = plot.x + (inline ? nameColumn : 0);
  const x = scaleLinear()
    .domain([low, high])
    .range([barsLeft + (low < 0 ? widest : 0), plot.x + plot.width - (high > 0 ? widest : 0)]);
  if (nice) x.nice(4);
  const zero = x(0);

  const boxes: Box[] = [];
  const inspect: Inspectable[] = [];
  const marks = shown.flatMap((row, index): Mark[] => {
    const top = plot.y + index * rowHeight;
    const end = x(length(row.value));
    const negative = length(row.value) < 0;
    const className = `label${row.labelClass ? ` ${row.labelClass}` : ''}`;
    const weight = row.strong ? 700 : 400;
    let barY: number;
    let nameBaseline: number;
    let valueBaseline: number;
    if (inline) {
      // One line: the bar centred on the text's x-height.
      nameBaseline = top + (rowHeight - fonts.label * 1.21) / 2 + baselineOffset(fonts.label);
      valueBaseline = nameBaseline;
      barY = nameBaseline - fonts.label * 0.36 - barHeight / 2;
      boxes.push({ left: plot.x, top, right: plot.x + plot.width, bottom: top + rowHeight });
    } else {
      barY = top + nameStep;
      nameBaseline = top + nameStep - 5;
      // Centred on the bar, but never reaching up into the name line above it.
      const nameBottom = nameBaseline + lineBox(fonts.label) - baselineOffset(fonts.label);
      valueBaseline = Math.max(barY + barHeight / 2 + fonts.label * 0.36, nameBottom + baselineOffset(fonts.label) + 0.5);
      boxes.push({ left: plot.x, top, right: plot.x + plot.width, bottom: top + nameStep + barHeight });
    }
    const bar = rectMark(row.key, Math.min(zero, end), barY, Math.abs(end - zero), barHeight, row.barClass ?? 'mark-bar');
    inspect.push({
      x: roundToTenth(end),
      y: roundToTenth(barY + barHeight / 2),
      snap: 'point',
      value: row.value,
      read: () => reading(row.name, row.valueText),
    });
    return [
      textMark(`${row.key}-name`, row.name, {
        x: negative ? zero : plot.x,
        y: nameBaseline,
        size: fonts.label,
        weight,
        anchor: negative ? 'end' : 'start',
        className,
      }),
      bar,
      textMark(`${row.key}-value`, row.valueText, {
        x: negative ? end - 5 : end + 5,
        y: valueBaseline,
        size: fonts.label,
        weight,
        anchor: negative ? 'end' : 'start',
        className,
      }),
    ];
  });
  if (more > 0 && moreText) {
    const top = plot.y + shown.length * rowHeight;
    const baseline = inline ? top + (rowHeight - fonts.label * 1.21) / 2 + baselineOffset(fonts.label) : top + nameStep - 5;
    marks.push(textMark('bars-more', moreText(more), { x: plot.x, y: baseline, size: fonts.label, className: 'label label-muted' }));
  }
  // Where the drawn rows (and the "+ N more" line) end.
  const bottom = plot.y + (shown.length + (more > 0 && moreText ? 1 : 0)) * rowHeight;
  return { marks, x, shown: shown.length, boxes, bottom, inspect };
}
