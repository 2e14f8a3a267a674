// The rout following the sun, at every size: a world map with one marker per company beside its
// exchange city, coloured by its closing move; earlier sessions stay on the map, faded, and arrows
// trace the selloff's route; the active session's biggest movers are labelled on the map. Under it,
// a session clock in UTC with local hours, and the active session's moves as a list. Pure; the map
// geometry arrives pre-projected in the input. The views live in ./contagion/.

import { translate } from '../../i18n/translate';
import type { SessionId } from '../../editorial/sessions';
import { sessionIds } from '../../editorial/sessions';
import { insideFrame, narrowWidth } from '../shared/axes';
import { clockHeight, clockMarks } from './clock';
import { legendMarks } from './legend';
import { mapFrame, markerRadius } from './frame';
import { mapMarks } from './mapView';
import { listHeight, listMarks } from './movesList';
import type { ContagionMapInput } from './types';
import { defineChart } from '../shared/defineChart';
import { fontSizesFor } from '../shared/text';

export { moveClass, type ContagionMapInput, type MoveView, type SessionView } from './types';

export const contagionMapStates = sessionIds;

const contagionMap = defineChart<ContagionMapInput, SessionId>({
  name: 'contagionMap',
  stringPrefixes: ['contagionMap.', 'company.'],
  states: contagionMapStates,
  render(input, { state, width, height, messages, typeScale }) {
    const fonts = fontSizesFor(typeScale);
    const inner = insideFrame(width, height);
    const narrow = width < narrowWidth;
    // The states are the story's sessions (editorial/sessions.ts), each in the input.
    const active = input.sessions.find((session) => session.id === state)!;

    // Top to bottom: key, map, clock, list. The map is cropped to the cities and zoomed in, following
    // the active session when it is wider than the frame. On a narrow frame it takes about half the
    // height left and the list the rest, when three rows fit; on a short frame the list goes (the map
    // labels the worst movers, the table under the chart lists every move). On a wide frame the list
    // keeps room for the longest session (New York's), the map zooms in at most a third past the
    // frame's width, and the whole block, key included, is centred in the frame.
    // The key's circles take the markers' sizes, which follow the map's zoom; its layout does not.
    const largest = markerRadius(input, { k: Infinity }).radius;
    const legendAt = (top: number, radius = largest) =>
      legendMarks({ x: inner.x, top, width: inner.width, messages, fonts, radius, largest });
    const topLegend = legendAt(inner.y);
    // A frame too short for map and clock keeps the map (the step's text gives the hours).
    const withClock = height >= 260;
    const clock = withClock ? clockHeight(input, { messages, fonts, width: inner.width }) : 0;
    const cities = active.cities.map((name) => input.cities.find((city) => city.name === name)!);
    const focus = cities.reduce((sum, city) => sum + city.x, 0) / cities.length;
    const listRoom = listHeight(3, { fonts }) + 12;
    const longest = Math.max(...input.sessions.map((session) => session.moves.length));
    const fullList = listHeight(Math.ceil(longest / Math.max(1, Math.floor(inner.width / 300))), { fonts }) + 12;
    const below = 10 + clock;
    const room = inner.y + inner.height - (inner.y + topLegend.height + 6) - below;
    const mapHeight = narrow ? (room - listRoom >= 120 ? Math.max(120, room * 0.5) : room) : room - fullList;
    const place = (top: number) =>
      mapFrame(input, {
        x: inner.x,
        top,
        width: inner.width,
        height: Math.max(40, mapHeight),
        narrow: true,
        focus,
        maxZoom: narrow ? Infinity : 1.35,
      });
    const placed = place(inner.y + topLegend.height + 6);
    const spare = narrow ? 0 : Math.max(0, room - (placed.box.bottom - placed.box.top) - fullList);
    const frame = spare > 0 ? place(inner.y + spare / 2 + topLegend.height + 6) : placed;
    const legend = legendAt(inner.y + spare / 2, markerRadius(input, frame).radius);
    const withList = inner.y + inner.height - (frame.box.bottom + below) >= listRoom;
    const map = mapMarks(input, { frame, active, messages, fonts, labelsPerCity: 1 });
    const clockTop = frame.box.bottom + 10;
    const listTop = clockTop + clock + 12;
    const list = withList
      ? listMarks(active, { box: { ...inner, y: listTop, height: inner.y + inner.height - listTop }, messages, fonts })
      : [];

    return {
      width,
      height,
      title: translate(messages, 'contagionMap.chart.title'),
      inspect: map.inspect,
      clip: { x: frame.box.left, y: frame.box.top, width: frame.box.right - frame.box.left, height: frame.box.bottom - frame.box.top },
      layers: [
        { id: 'map', clip: true, marks: map.land },
        { id: 'routes', clip: true, marks: map.routes },
        { id: 'markers', clip: true, marks: map.markers },
        {
          id: 'clock',
          marks: withClock ? clockMarks(input, { active, box: { ...inner, y: clockTop, height: clock }, messages, fonts }) : [],
        },
        {
          id: 'list',
          marks: [...legend.marks, ...map.labels, ...list],
        },
      ],
    };
  },
});

export default contagionMap;
