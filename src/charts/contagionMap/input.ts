// Build-time only: contagionMap's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import type { ContagionMapInput } from './chart';
import { clusterSides } from '../../editorial/sessions';
import type { StoryFigures } from '../../story/loadStory';
import { projectWorld } from './worldMap';

export function contagionMapInput({ sessions, exchanges }: Pick<StoryFigures, 'sessions' | 'exchanges'>): ContagionMapInput {
  const world = projectWorld();
  const cities = [...new Map(exchanges.map((exchange) => [exchange.city, exchange])).values()].map((exchange) => ({
    name: exchange.city,
    ...world.project(exchange.longitude, exchange.latitude),
    sides: clusterSides[exchange.city] ?? [],
  }));
  return {
    map: { width: world.width, height: world.height, land: world.land },
    cities,
    sessions: sessions.map((session) => ({
      ...session,
      moves: session.moves.map(({ symbol, name, city, change, basis, gapSkipped, digits, previousDate }) => ({
        symbol,
        name,
        city,
        change,
        basis,
        gapSkipped,
        digits,
        ...(previousDate ? { previousDate } : {}),
      })),
    })),
  };
}
