// Build-time only: weekendTimeline's input, prepared from the figures it names. The same input feeds the
// static SVG and is published as JSON for the browser, so both render identical scenes.

import { weekendTimelineStates, type WeekendTimelineInput } from './chart';
import { timelineStart } from '../../derive/storyDates';
import { lookUpFact } from '../../facts/defineFacts';
import type { StoryFigures } from '../../story/loadStory';

export function weekendTimelineInput({ prices, nvidia, facts }: Pick<StoryFigures, 'prices' | 'nvidia' | 'facts'>): WeekendTimelineInput {
  // Reported figures and event dates, through the same fact table as the prose.
  const fact = (id: string) => lookUpFact(facts, id, { where: 'weekendTimeline chart input' }).value;
  const figure = (id: string) => fact(`figure.${id}`) as number;
  const storyEvents = weekendTimelineStates.map((id) => ({ id, date: fact(`event.${id}.date`) as string }));
  const from = timelineStart;
  const to = nvidia.tuesday.date;
  return {
    from,
    to,
    events: storyEvents,
    nvidia: prices.filter((row) => row.date >= from && row.date <= to).map((row) => [row.date, row.close] as const),
    mondayChange: nvidia.monday.change,
    figures: {
      v3Cost: figure('v3-training-cost'),
      stargateTotal: figure('stargate-total'),
      appRankBefore: figure('app-rank-before'),
      r1Output: figure('r1-output-price'),
      o1Output: figure('o1-output-price'),
      timesCheaper: figure('r1-times-cheaper'),
    },
  };
}
