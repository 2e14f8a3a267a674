// The rout following the sun: a world map with one marker per company at its exchange city, sized
// and coloured by its closing move and appearing as its session closes; a session clock in UTC with
// local hours; and the active session's moves as a list. Phones get the clock and a ranked list
// instead of a shrunken map. Pure; the map geometry arrives pre-projected in the input.

import { scaleSqrt } from 'd3-scale';
import { formatDate, formatTime, formatValue } from '../format/formatValue';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import type { SessionId } from '../story/sessions';
import { sessionIds } from '../story/sessions';
import { chartType, textWidth } from '../design/tokens';
import { blockHeight, labelBlock, lineHeight, small } from './annotations';
import { framePlot, isoDay, type PlotArea } from './axes';
import { companyName } from './companyName';
import { defineChart } from './defineChart';
import { timeScale } from './timeScale';
import { px, type Mark } from './scene';
import { utcDate } from './timeSeries';

export interface MoveView {
  symbol: string;
  name: string;
  city: string;
  change: number;
  basis: 'prices' | 'reported';
  gapSkipped: boolean;
  /** Decimals to print: a reported move keeps the report's precision ("−7%", "−19.9%"). */
  digits: number;
}

export interface SessionView {
  id: SessionId;
  date: string;
  cities: readonly string[];
  timeZone: string;
  localOpen: string;
  localClose: string;
  utcOpen: string;
  utcClose: string;
  moves: readonly MoveView[];
}

export interface ContagionMapInput {
  map: { width: number; height: number; land: string };
  cities: readonly { name: string; x: number; y: number }[];
  /** In the order the sessions closed. */
  sessions: readonly SessionView[];
}

export const contagionStates = sessionIds;

/** Colour buckets by size of move; classes are styled in chart.css (orange falls, blue rises). */
const moveBuckets = [0.02, 0.05, 0.1, 0.2] as const;

export function moveClass(change: number): string {
  const size = Math.abs(change);
  const bucket = moveBuckets.filter((limit) => size >= limit).length;
  return change < 0 ? `move-fall-${bucket}` : `move-rise-${Math.min(bucket, 1)}`;
}

/** Where each city's cluster of markers sits relative to the city: keeps Europe's three cities apart. */
const clusterSide: Readonly<Record<string, 'left' | 'right' | 'up' | 'down'>> = {
  'New York': 'right',
  Tokyo: 'right',
  Taipei: 'down',
  Paris: 'left',
  Amsterdam: 'up',
  Frankfurt: 'right',
};

const hourMinute = (iso: string) => iso.slice(11, 16);

/** Height of the session clock: its title line, the active session's hours, the bars and the axis. */
const clockHeight = 84;

/** Columns of the ranked list: one on a phone, more where a 250 px column fits. */
const listColumns = (width: number) => Math.max(1, Math.floor(width / 250));

export const contagionMap = defineChart<ContagionMapInput, SessionId>({
  name: 'contagionMap',
  states: contagionStates,
  render(input, { state, width, height, locale }) {
    const { narrow, plot } = framePlot({ width, height, top: 8, bottom: 8 });
    const activeIndex = input.sessions.findIndex((session) => session.id === state);
    if (activeIndex < 0) throw new Error(`contagionMap: no session "${state}" in the input`);
    const active = input.sessions[activeIndex]!;
    const pct = (value: number, digits = 2) => formatValue(value, { kind: 'percent', digits, signed: true }, { locale });
    const sessionName = (session: SessionView) => translate(locale, `contagion.session.${session.id}`);

    // Latest move of every company whose session has closed (Tokyo's Tuesday replaces its Monday).
    const latest = new Map<string, MoveView>();
    for (const session of input.sessions.slice(0, activeIndex + 1)) for (const move of session.moves) latest.set(move.symbol, move);
    const visible = [...latest.values()];

    let layers;
    if (narrow) {
      const legendHeight = 2 * lineHeight.label + 6;
      const clockBox = { ...plot, y: plot.y + legendHeight + 8, height: clockHeight };
      const listTop = clockBox.y + clockHeight + 10;
      layers = [
        { id: 'map', marks: [] },
        { id: 'markers', marks: [] },
        { id: 'clock', marks: clockMarks(input, { active, box: clockBox, locale, compact: true }) },
        {
          id: 'list',
          marks: [
            ...legendMarks({ x: plot.x, top: plot.y, width: plot.width, locale, narrow }),
            ...listMarks(active, { box: { ...plot, y: listTop, height: plot.y + plot.height - listTop }, locale, pct, sessionName }),
          ],
        },
      ];
    } else {
      const mapHeight = Math.min((plot.width * input.map.height) / input.map.width, plot.height * 0.56);
      const k = Math.min(plot.width / input.map.width, mapHeight / input.map.height);
      // Legend, map, clock and list form one block, centred vertically in a tall frame.
      const listRows = Math.ceil(Math.max(...input.sessions.map((session) => session.moves.length)) / listColumns(plot.width));
      const blockTall =
        lineHeight.label + 12 + input.map.height * k + 16 + clockHeight + 14 + lineHeight.label + 8 + listRows * (lineHeight.label + 4);
      const offset = Math.max(0, (plot.height - blockTall) / 2);
      const mapTop = plot.y + offset + lineHeight.label + 12;
      const tx = plot.x + (plot.width - input.map.width * k) / 2;
      const ty = mapTop;
      const clockBox = { ...plot, y: mapTop + input.map.height * k + 16, height: clockHeight };
      const listTop = clockBox.y + clockBox.height + 14;
      layers = [
        {
          id: 'map',
          marks: [
            {
              key: 'land',
              tag: 'path',
              attrs: {
                d: input.map.land,
                transform: `translate(${px(tx)},${px(ty)}) scale(${Math.round(k * 1e4) / 1e4})`,
                class: 'map-land',
              },
            },
            ...cityMarks(input, { k, tx, ty, active, activeIndex, locale }),
          ],
        },
        { id: 'markers', marks: markerMarks(input, { k, tx, ty, visible }) },
        { id: 'clock', marks: clockMarks(input, { active, box: clockBox, locale, compact: false }) },
        {
          id: 'list',
          marks: [
            ...legendMarks({ x: plot.x, top: plot.y + offset, width: plot.width, locale, narrow }),
            ...listMarks(active, { box: { ...plot, y: listTop, height: plot.y + plot.height - listTop }, locale, pct, sessionName }),
          ],
        },
      ] satisfies { id: string; marks: Mark[] }[];
    }

    return {
      width,
      height,
      title: translate(locale, 'contagion.chart.title'),
      description: translate(locale, 'contagion.desc', {
        session: sessionName(active),
        date: formatDate(active.date, { locale, style: 'long' }),
        close: formatTime(active.localClose, { locale }),
        zone: active.timeZone,
        utc: formatTime(hourMinute(active.utcClose), { locale }),
        moves: active.moves
          .map(
            (move) =>
              `${companyName(locale, move)} ${pct(move.change, move.digits)}${move.basis === 'reported' ? ` (${translate(locale, 'contagion.chart.reportedShort')})` : ''}`,
          )
          .join(', '),
      }),
      layers,
    };
  },
});

function legendMarks({
  x: left,
  top,
  width,
  locale,
  narrow,
}: {
  x: number;
  top: number;
  width: number;
  locale: Locale;
  narrow: boolean;
}): Mark[] {
  // "≥20%" in English, "≥ 20 %" in French.
  const atLeast = (limit: number) => `≥${locale === 'fr' ? '\u202F' : ''}${formatValue(limit, { kind: 'percent', digits: 0 }, { locale })}`;
  const entries = [
    { key: 'fall-4', className: 'move-fall-4', text: atLeast(moveBuckets[3]) },
    { key: 'fall-3', className: 'move-fall-3', text: atLeast(moveBuckets[2]) },
    { key: 'fall-2', className: 'move-fall-2', text: atLeast(moveBuckets[1]) },
    { key: 'fall-1', className: 'move-fall-1', text: atLeast(moveBuckets[0]) },
    { key: 'rise', className: 'move-rise-1', text: translate(locale, 'contagion.chart.rise') },
    { key: 'reported', className: 'move-fall-2 is-reported', text: translate(locale, 'contagion.chart.reportedKey') },
  ];
  let y = top + lineHeight.label - 4;
  const marks: Mark[] = [
    {
      key: 'legend-title',
      tag: 'text',
      attrs: { x: left, y: px(y), class: 'label label-strong' },
      text: translate(locale, 'contagion.chart.legendFall'),
    },
  ];
  const indent = left + (narrow ? 52 : 60);
  let x = indent;
  for (const entry of entries) {
    const entryWidth = 16 + textWidth(entry.text, chartType.label);
    // Wrap onto a second line rather than run off a narrow frame.
    if (x + entryWidth > left + width) {
      x = indent;
      y += lineHeight.label + 2;
    }
    marks.push(
      {
        key: `legend-${entry.key}`,
        tag: 'rect',
        attrs: { x: px(x), y: px(y - 10), width: 12, height: 12, class: `mark-move ${entry.className}` },
      },
      { key: `legend-${entry.key}-text`, tag: 'text', attrs: { x: px(x + 16), y: px(y), class: 'label' }, text: entry.text },
    );
    x += entryWidth + (narrow ? 8 : 14);
  }
  return marks;
}

function clusterPositions(
  input: ContagionMapInput,
  { k, tx, ty, visible }: { k: number; tx: number; ty: number; visible: readonly MoveView[] },
) {
  const largest = Math.max(...input.sessions.flatMap((session) => session.moves.map((move) => Math.abs(move.change))));
  const radius = scaleSqrt().domain([0, largest]).range([2.5, 11]);
  const cell = 2 * 11 + 3;
  const positions = new Map<string, { cx: number; cy: number; r: number }>();
  for (const city of input.cities) {
    const here = visible.filter((move) => move.city === city.name).sort((a, b) => a.change - b.change || a.symbol.localeCompare(b.symbol));
    if (here.length === 0) continue;
    const columns = Math.ceil(Math.sqrt(here.length));
    const rows = Math.ceil(here.length / columns);
    const cx0 = city.x * k + tx;
    const cy0 = city.y * k + ty;
    const side = clusterSide[city.name] ?? 'right';
    const gridWidth = columns * cell;
    const gridHeight = rows * cell;
    const left = side === 'right' ? cx0 + 10 : side === 'left' ? cx0 - 10 - gridWidth : cx0 - gridWidth / 2;
    const top = side === 'up' ? cy0 - 10 - gridHeight : side === 'down' ? cy0 + 10 : cy0 - gridHeight / 2;
    here.forEach((move, index) => {
      positions.set(move.symbol, {
        cx: px(left + (index % columns) * cell + cell / 2),
        cy: px(top + Math.floor(index / columns) * cell + cell / 2),
        r: px(radius(Math.abs(move.change))),
      });
    });
  }
  return positions;
}

function markerMarks(input: ContagionMapInput, frame: { k: number; tx: number; ty: number; visible: readonly MoveView[] }): Mark[] {
  const positions = clusterPositions(input, frame);
  return frame.visible.flatMap((move): Mark[] => {
    const position = positions.get(move.symbol);
    if (!position) return [];
    return [
      {
        key: `marker-${move.symbol}`,
        tag: 'circle',
        attrs: { ...position, class: `map-marker mark-move ${moveClass(move.change)}${move.basis === 'reported' ? ' is-reported' : ''}` },
      },
    ];
  });
}

/** Sessions that share a place on the map share one label (Tokyo's two days, Europe's three cities). */
const regionOf: Readonly<Record<SessionId, 'tokyo' | 'europe' | 'newYork' | 'taipei'>> = {
  tokyoMonday: 'tokyo',
  tokyoTuesday: 'tokyo',
  europeMonday: 'europe',
  newYorkMonday: 'newYork',
  taipeiReopens: 'taipei',
};

function cityMarks(
  input: ContagionMapInput,
  {
    k,
    tx,
    ty,
    active,
    activeIndex,
    locale,
  }: { k: number; tx: number; ty: number; active: SessionView; activeIndex: number; locale: Locale },
): Mark[] {
  const closed = input.sessions.slice(0, activeIndex + 1);
  const point = (name: string) => {
    const city = input.cities.find((candidate) => candidate.name === name);
    if (!city) throw new Error(`contagionMap: no coordinates for city "${name}"`);
    return { x: city.x * k + tx, y: city.y * k + ty };
  };
  const marks: Mark[] = [];
  const labelled = new Set<string>();
  for (const session of closed) {
    for (const name of session.cities) {
      const { x, y } = point(name);
      if (!marks.some((mark) => mark.key === `city-${name}`))
        marks.push({ key: `city-${name}`, tag: 'circle', attrs: { cx: px(x), cy: px(y), r: 2.5, class: 'map-city' } });
    }
    const region = regionOf[session.id];
    if (labelled.has(region)) continue;
    labelled.add(region);
    const points = session.cities.map(point);
    const x = points.reduce((sum, entry) => sum + entry.x, 0) / points.length;
    const y = Math.min(...points.map((entry) => entry.y));
    const side = clusterSide[session.cities[0]!] ?? 'right';
    const isActive = regionOf[active.id] === region;
    const many = points.length > 1;
    marks.push({
      key: `region-${region}`,
      tag: 'text',
      attrs: {
        x: px(many ? x : side === 'right' ? x - 6 : side === 'left' ? x + 6 : x),
        y: px(many ? y - 30 : side === 'down' ? y - 7 : y + 4),
        'text-anchor': many ? 'middle' : side === 'right' ? 'end' : side === 'left' ? 'start' : 'middle',
        class: isActive ? 'label label-strong' : 'label label-muted',
      },
      text: translate(locale, `contagion.region.${region}`),
    });
  }
  return marks;
}

function clockMarks(
  input: ContagionMapInput,
  { active, box, locale, compact }: { active: SessionView; box: PlotArea; locale: Locale; compact: boolean },
): Mark[] {
  // The first four sessions run back to back over two days; Taipei reopened a week later and gets a
  // short segment of its own after a break.
  const firstDay = Date.parse(input.sessions[0]!.date);
  const main = input.sessions.filter((session) => Date.parse(session.date) - firstDay <= 86_400_000);
  const later = input.sessions.filter((session) => !main.includes(session));
  const dayStart = (iso: string) => utcDate(iso.slice(0, 10));
  const mainFrom = dayStart(main[0]!.utcOpen);
  const mainTo = new Date(Date.parse(main.at(-1)!.utcClose) + 3 * 3_600_000);
  const breakWidth = later.length > 0 ? 26 : 0;
  const laterWidth = later.length > 0 ? box.width * 0.16 : 0;
  const mainScale = timeScale({ domain: [mainFrom, mainTo], range: [box.x, box.x + box.width - breakWidth - laterWidth] });
  const laterScale =
    later.length > 0
      ? timeScale({
          domain: [dayStart(later[0]!.utcOpen), new Date(Date.parse(later.at(-1)!.utcClose) + 2 * 3_600_000)],
          range: [box.x + box.width - laterWidth, box.x + box.width],
        })
      : undefined;
  const xOf = (session: SessionView, iso: string) =>
    later.includes(session) && laterScale ? laterScale(new Date(iso)) : mainScale(new Date(iso));

  const barY = box.y + 2 * lineHeight.label + 8;
  const barHeight = 12;
  const activeIndex = input.sessions.indexOf(active);
  const marks: Mark[] = [
    {
      key: 'clock-axis',
      tag: 'line',
      attrs: {
        x1: box.x,
        x2: px(box.x + box.width - breakWidth - laterWidth),
        y1: px(barY + barHeight + 3),
        y2: px(barY + barHeight + 3),
        class: 'axis-baseline',
      },
    },
  ];
  if (laterScale) {
    marks.push(
      {
        key: 'clock-axis-later',
        tag: 'line',
        attrs: {
          x1: px(box.x + box.width - laterWidth),
          x2: px(box.x + box.width),
          y1: px(barY + barHeight + 3),
          y2: px(barY + barHeight + 3),
          class: 'axis-baseline',
        },
      },
      {
        key: 'clock-break',
        tag: 'text',
        attrs: {
          x: px(box.x + box.width - laterWidth - breakWidth / 2),
          y: px(barY + barHeight + 7),
          'text-anchor': 'middle',
          class: 'axis-label',
        },
        text: '…',
      },
    );
  }
  // Day boundaries with their dates, then every six hours.
  const ticks = mainScale.ticks(compact ? 4 : 8);
  for (const tick of ticks) {
    const x = px(mainScale(tick));
    const midnight = tick.getUTCHours() === 0;
    marks.push(
      {
        key: `clock-tick-${tick.toISOString()}`,
        tag: 'line',
        attrs: { x1: x, x2: x, y1: px(barY + barHeight + 3), y2: px(barY + barHeight + 8), class: 'axis-tick' },
      },
      {
        key: `clock-tick-${tick.toISOString()}-label`,
        tag: 'text',
        attrs: { x, y: px(barY + barHeight + 20), 'text-anchor': 'middle', class: midnight ? 'axis-label label-strong' : 'axis-label' },
        text: midnight ? formatDate(isoDay(tick), { locale, style: 'short' }) : formatTime(tick.toISOString().slice(11, 16), { locale }),
      },
    );
  }
  if (laterScale && later[0]) {
    const x = px(laterScale(dayStart(later[0].utcOpen)));
    marks.push({
      key: 'clock-later-date',
      tag: 'text',
      attrs: { x, y: px(barY + barHeight + 20), 'text-anchor': 'start', class: 'axis-label label-strong' },
      text: formatDate(later[0].date, { locale, style: 'short' }),
    });
  }
  marks.push({
    key: 'clock-utc',
    tag: 'text',
    attrs: { x: px(box.x + box.width), y: px(box.y + 8), 'text-anchor': 'end', class: 'axis-label' },
    text: translate(locale, 'contagion.chart.utc'),
  });

  input.sessions.forEach((session, index) => {
    const x0 = xOf(session, session.utcOpen);
    const x1 = xOf(session, session.utcClose);
    const status = index === activeIndex ? 'is-active' : index < activeIndex ? 'is-past' : 'is-future';
    marks.push({
      key: `clock-${session.id}`,
      tag: 'rect',
      attrs: { x: px(x0), y: px(barY), width: px(Math.max(2, x1 - x0)), height: barHeight, class: `clock-session ${status}` },
    });
  });
  const x0 = xOf(active, active.utcOpen);
  const x1 = xOf(active, active.utcClose);
  const centre = (x0 + x1) / 2;
  const text = translate(locale, 'contagion.chart.sessionHours', {
    session: translate(locale, `contagion.session.${active.id}`),
    open: formatTime(active.localOpen, { locale }),
    close: formatTime(active.localClose, { locale }),
    zone: active.timeZone,
    utcOpen: formatTime(hourMinute(active.utcOpen), { locale }),
    utcClose: formatTime(hourMinute(active.utcClose), { locale }),
  });
  const estimated = textWidth(text, chartType.label);
  const anchorX = Math.min(Math.max(centre, box.x + estimated / 2), box.x + box.width - estimated / 2);
  marks.push({
    key: 'clock-active-label',
    tag: 'text',
    attrs: { x: px(anchorX), y: px(barY - 6), 'text-anchor': 'middle', class: 'label label-strong' },
    text,
  });
  return marks;
}

function listMarks(
  active: SessionView,
  {
    box,
    locale,
    pct,
    sessionName,
  }: { box: PlotArea; locale: Locale; pct: (value: number, digits?: number) => string; sessionName: (session: SessionView) => string },
): Mark[] {
  const heading = [
    small(
      translate(locale, 'contagion.chart.listHeading', {
        session: sessionName(active),
        date: formatDate(active.date, { locale, style: 'short' }),
      }),
      'chart-heading',
    ),
  ];
  const top = box.y + blockHeight(heading) + 4;
  const columns = listColumns(box.width);
  // One column on a phone: a readable ranked list instead of a shrunken map.
  const columnWidth = box.width / columns;
  const rows = Math.ceil(active.moves.length / columns);
  const rowHeight = Math.min(lineHeight.label + 4, (box.y + box.height - top) / Math.max(1, rows));
  const valueWidth = 62;
  const marks: Mark[] = labelBlock('list-heading', heading, { x: box.x, top: box.y, anchor: 'start' });
  active.moves.forEach((move, index) => {
    const x = box.x + Math.floor(index / rows) * columnWidth;
    const y = top + (index % rows) * rowHeight;
    const note = move.basis === 'reported' ? ` (${translate(locale, 'contagion.chart.reportedShort')})` : move.gapSkipped ? '*' : '';
    marks.push(
      {
        key: `move-${move.symbol}-swatch`,
        tag: 'rect',
        attrs: {
          x: px(x),
          y: px(y + 3),
          width: 10,
          height: 10,
          class: `mark-move ${moveClass(move.change)}${move.basis === 'reported' ? ' is-reported' : ''}`,
        },
      },
      {
        key: `move-${move.symbol}-value`,
        tag: 'text',
        attrs: { x: px(x + 14 + valueWidth), y: px(y + 12), 'text-anchor': 'end', class: 'label label-strong' },
        text: pct(move.change, move.digits),
      },
      {
        key: `move-${move.symbol}-name`,
        tag: 'text',
        attrs: { x: px(x + 22 + valueWidth), y: px(y + 12), class: 'label' },
        text: `${companyName(locale, move)}${note}`,
      },
    );
  });
  return marks;
}
