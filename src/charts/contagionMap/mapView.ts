// The map: land, exchange cities, one marker per company beside its city (a cluster per session, so
// Tokyo's Tuesday sits beside its Monday), earlier sessions faded, the active one ringed in ink, its
// biggest movers labelled directly, and the route the selloff took: Tokyo → Europe → New York →
// Tokyo again → Taipei. On a narrow frame the map is cropped to the cities, so it stays as large as
// the width allows. Pure.

import { formatPercent, newsDigits } from '../../format/numbers';

import { translate, type Messages } from '../../i18n/translate';
import { labelBlock, leader, lineStyles } from '../shared/annotations';
import { companyName } from '../shared/companyName';
import { nearCandidates, placeLabels, type LabelRequest, type Placement } from '../shared/placeLabels';
import { circleMark, roundToTenth, type Inspectable, type Mark } from '../shared/scene';
import { reading } from '../shared/reading';
import type { Box, FontSizes } from '../shared/text';
import { clusterLayout } from './clusters';
import { markerRadius, type MapFrame } from './frame';
import { pathBoxes, routeMarks, sessionCentre } from './routes';
import { moveClass, type ContagionMapInput, type MoveView, type SessionView } from './types';

export function mapMarks(
  input: ContagionMapInput,
  {
    frame,
    active,
    messages,
    fonts,
    labelsPerCity = 1,
  }: { frame: MapFrame; active: SessionView; messages: Messages; fonts: FontSizes; labelsPerCity?: number },
): { land: Mark[]; routes: Mark[]; markers: Mark[]; labels: Mark[]; inspect: Inspectable[] } {
  const { k, tx, ty, box } = frame;
  const activeIndex = input.sessions.indexOf(active);
  const shown = input.sessions.slice(0, activeIndex + 1);
  // A session's cities are its exchanges', all in the input (contagionMapInput).
  const point = (name: string) => {
    const city = input.cities.find((candidate) => candidate.name === name)!;
    return { x: city.x * k + tx, y: city.y * k + ty };
  };

  const { radius, maxRadius } = markerRadius(input, frame);
  const cell = 2 * maxRadius + 2;

  const { positions, clusterBoxes } = clusterLayout(input, { shown, point, radius, cell });

  const land: Mark[] = [
    {
      key: 'land',
      tag: 'path',
      shared: true,
      attrs: {
        d: input.map.land,
        transform: `translate(${roundToTenth(tx)},${roundToTenth(ty)}) scale(${Math.round(k * 1e4) / 1e4})`,
        class: 'map-land',
      },
    },
  ];
  for (const city of input.cities) {
    const { x, y } = point(city.name);
    land.push(circleMark(`city-${city.name}`, x, y, 2.5, 'map-city'));
  }

  const markers: Mark[] = [];
  const markerBoxes: Box[] = [];
  for (const [key, { cx, cy, r, move, session }] of positions) {
    const status = session === active ? 'is-active' : 'is-past';
    // An earlier session's marker the frame would cut is left out: half-circles at the edge read as stray marks.
    if (status === 'is-past' && (cx - r < box.left || cx + r > box.right || cy - r < box.top || cy + r > box.bottom)) continue;
    markers.push(
      circleMark(
        `marker-${key}`,
        cx,
        cy,
        r,
        `map-marker mark-move ${moveClass(move.change)}${move.basis === 'reported' ? ' is-reported' : ''} ${status}`,
      ),
    );
    markerBoxes.push({ left: cx - r, top: cy - r, right: cx + r, bottom: cy + r });
  }

  const routes = routeMarks(input, { shown, active, point, box });

  // Labels: the active region first, then the worst mover at each of the active session's cities,
  // then earlier regions. A mover's label sits against its own marker (from the cluster's edge, in the
  // marker's row or column), so it cannot be read as another's; city dots, markers and the route are
  // kept clear.
  const line = lineStyles(fonts);
  const requests: LabelRequest[] = [];
  const cityBoxes = input.cities.map((city) => {
    const { x, y } = point(city.name);
    return { left: x - 3, top: y - 3, right: x + 3, bottom: y + 3 };
  });
  const clusterArea = (session: SessionView) => {
    const boxes = session.cities.map((name) => clusterBoxes.get(`${session.id}-${name}`)).filter((entry): entry is Box => Boolean(entry));
    const cities = session.cities.map(point);
    return {
      left: Math.min(...boxes.map((entry) => entry.left), ...cities.map((city) => city.x)),
      right: Math.max(...boxes.map((entry) => entry.right), ...cities.map((city) => city.x)),
      top: Math.min(...boxes.map((entry) => entry.top), ...cities.map((city) => city.y)),
      bottom: Math.max(...boxes.map((entry) => entry.bottom), ...cities.map((city) => city.y)),
    };
  };
  const labelled = new Set<string>();
  for (const session of [active, ...shown.filter((entry) => entry !== active).reverse()]) {
    const { region } = session;
    if (labelled.has(region)) continue;
    labelled.add(region);
    // A region the zoomed map has panned away from is not named at the map's edge.
    const centreX = sessionCentre(session, point).x;
    if (centreX < box.left || centreX > box.right) continue;
    const isActive = session === active;
    const text = translate(messages, `contagionMap.region.${region}`);
    const lines = [isActive ? line.strong(text) : line.small(text, 'label label-muted')];
    const height = Math.ceil(lines[0]!.size * 1.3);
    const area = clusterArea(session);
    const middle = (area.left + area.right) / 2;
    // A one-city region is named beside its city's dot first.
    const city = session.cities.length === 1 ? point(session.cities[0]!) : undefined;
    requests.push({
      key: `region-${region}`,
      lines,
      priority: isActive ? 100 : 10 - requests.length,
      candidates: [
        ...(city
          ? ([
              { x: city.x - 6, top: city.y - height / 2, anchor: 'end' },
              { x: city.x + 6, top: city.y - height / 2, anchor: 'start' },
              { x: city.x, top: city.y - height - 4, anchor: 'middle' },
              { x: city.x, top: city.y + 4, anchor: 'middle' },
            ] satisfies Placement[])
          : []),
        { x: middle, top: area.top - height - 2, anchor: 'middle' },
        { x: area.left - 4, top: (area.top + area.bottom) / 2 - height / 2, anchor: 'end' },
        { x: area.right + 4, top: (area.top + area.bottom) / 2 - height / 2, anchor: 'start' },
        // Beside the cluster's top or bottom row, when the rises' labels take its middle.
        { x: area.right + 4, top: area.top, anchor: 'start' },
        { x: area.right + 4, top: area.bottom - height, anchor: 'start' },
        { x: middle, top: area.bottom + 2, anchor: 'middle' },
        { x: area.left, top: area.top - height - 2, anchor: 'start' },
        { x: area.right, top: area.top - height - 2, anchor: 'end' },
        ...nearCandidates(lines, { x: city?.x ?? middle, y: city?.y ?? area.top, bounds: box, step: 6, gap: 4 }).slice(0, 160),
      ],
    });
  }
  const pct = (move: MoveView) => formatPercent(move.change, { locale: messages.locale, digits: newsDigits(move.digits), signed: true });
  const worstAt = active.cities.flatMap((cityName) => {
    const here = active.moves
      .filter((move) => move.city === cityName)
      .sort((a, b) => a.change - b.change || a.symbol.localeCompare(b.symbol));
    // The worst movers, and every company that rose (few, and named by the text: Apple and Meta).
    return [...here.slice(0, labelsPerCity), ...here.slice(labelsPerCity).filter((move) => move.change > 0)];
  });
  worstAt
    .sort((a, b) => a.change - b.change)
    .forEach((move, rank) => {
      const position = positions.get(`${active.id}-${move.symbol}`);
      if (!position) return;
      const lines = [line.small(`${companyName(messages, move)} ${pct(move)}`, 'label')];
      const cluster = clusterBoxes.get(`${active.id}-${move.city}`)!;
      const height = Math.ceil(lines[0]!.size * 1.3);
      const middleY = position.cy - height / 2;
      // Against the marker from outside its cluster, in its row (left or right) or its column (above
      // or below), further out if need be with a leader along that row or column: nothing lies between
      // the label and its own marker.
      const candidates: Placement[] = [];
      const lastInRow =
        position.column === position.columns - 1 || (position.row === position.rows - 1 && position.cx + cell > cluster.right - 1);
      for (const distance of [0, 10, 22, 36, 54]) {
        // The strip a leader of this length takes, between the cluster's edge and the label.
        const row = (from: number, to: number) => ({
          left: Math.min(from, to),
          right: Math.max(from, to),
          top: position.cy - 1,
          bottom: position.cy + 1,
        });
        const column = (from: number, to: number) => ({
          left: position.cx - 1,
          right: position.cx + 1,
          top: Math.min(from, to),
          bottom: Math.max(from, to),
        });
        const reserve = (box: Box) => (distance > 0 ? { reserve: box } : {});
        if (position.column === 0)
          candidates.push({
            x: cluster.left - 3 - distance,
            top: middleY,
            anchor: 'end',
            ...reserve(row(cluster.left - 1, cluster.left - 3 - distance)),
          });
        if (lastInRow)
          candidates.push({
            x: cluster.right + 3 + distance,
            top: middleY,
            anchor: 'start',
            ...reserve(row(cluster.right + 1, cluster.right + 3 + distance)),
          });
        for (const anchor of ['middle', 'start', 'end'] as const) {
          const x = anchor === 'start' ? position.cx - position.r : anchor === 'end' ? position.cx + position.r : position.cx;
          if (position.row === 0)
            candidates.push({
              x,
              top: cluster.top - height - 1 - distance,
              anchor,
              ...reserve(column(cluster.top - 1, cluster.top - 1 - distance)),
            });
          if (position.row === position.rows - 1)
            candidates.push({
              x,
              top: cluster.bottom + 1 + distance,
              anchor,
              ...reserve(column(cluster.bottom + 1, cluster.bottom + 1 + distance)),
            });
        }
      }
      // The worst mover and the rises the text names are placed before the region's name, which has more room to move.
      requests.push({ key: `mover-${move.symbol}`, lines, priority: (move.change > 0 ? 150 : 200) - rank, candidates });
    });
  const routeBoxes = routes.flatMap((route) => pathBoxes(String(route.attrs.d)));
  const placed = placeLabels(requests, { bounds: box, obstacles: [...markerBoxes, ...cityBoxes], avoid: routeBoxes, gap: 2 });

  const labels: Mark[] = [];
  for (const request of requests) {
    const placement = placed.get(request.key);
    if (!placement) continue;
    // A plate of paper under the words: routes and land edges never strike through them.
    const plate = placement.box;
    labels.push(
      {
        key: `${request.key}-plate`,
        tag: 'rect',
        attrs: {
          x: roundToTenth(plate.left - 2),
          y: roundToTenth(plate.top),
          width: roundToTenth(plate.right - plate.left + 4),
          height: roundToTenth(plate.bottom - plate.top),
          rx: 2,
          class: 'label-plate',
        },
      },
      ...labelBlock(request.key, request.lines, placement),
    );
    const position = request.key.startsWith('mover-') ? positions.get(`${active.id}-${request.key.slice('mover-'.length)}`) : undefined;
    if (!position) continue;
    // A leader along the row or column, from the marker's edge to the label's, when they are apart.
    const { box: labelBox } = placement;
    const beside = labelBox.top <= position.cy && position.cy <= labelBox.bottom;
    const from = beside
      ? { x: position.cx + (labelBox.left > position.cx ? position.r + 1 : -position.r - 1), y: position.cy }
      : { x: position.cx, y: position.cy + (labelBox.top > position.cy ? position.r + 1 : -position.r - 1) };
    const to = beside
      ? { x: labelBox.left > position.cx ? labelBox.left - 2 : labelBox.right + 2, y: position.cy }
      : { x: position.cx, y: labelBox.top > position.cy ? labelBox.top - 1 : labelBox.bottom + 1 };
    if (Math.hypot(to.x - from.x, to.y - from.y) > 5) labels.push(leader(`${request.key}-leader`, { from, to }));
  }
  // Every marker in view can be read: company, session and move.
  const inspect: Inspectable[] = [...positions.values()]
    .filter(({ cx, cy }) => cx >= box.left && cx <= box.right && cy >= box.top && cy <= box.bottom)
    .sort((a, b) => a.cx - b.cx || a.cy - b.cy)
    .map(({ cx, cy, move, session }) => ({
      x: cx,
      y: cy,
      snap: 'point' as const,
      // The map is heard as its sessions' moves.
      value: move.change,
      read: () =>
        reading(messages)(
          `${companyName(messages, move)}, ${translate(messages, `contagionMap.session.${session.id}`)}`,
          `${pct(move)}${move.basis === 'reported' ? ` (${translate(messages, 'contagionMap.chart.reportedShort')})` : ''}`,
        ),
    }));
  return { land, routes, markers, labels, inspect };
}
