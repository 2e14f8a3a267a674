// Every scrolly section of the story, with the chart and input that draw it, so end-to-end tests can
// compute the text alternative each state must show from the same data the page was built from.

import '../src/i18n/messages';
import type { ChartModule } from '../src/charts/defineChart';
import { aftermathLines } from '../src/charts/aftermathLines';
import { chipStocks } from '../src/charts/chipStocks';
import { contagionMap } from '../src/charts/contagionMap';
import { nvidiaMarketCap } from '../src/charts/nvidiaMarketCap';
import { soxDailyMoves } from '../src/charts/soxDailyMoves';
import { soxHistory } from '../src/charts/soxHistory';
import { weekendTimeline } from '../src/charts/weekendTimeline';
import {
  aftermathInput,
  chipStocksInput,
  contagionMapInput,
  nvidiaMarketCapInput,
  soxDailyMovesInput,
  soxHistoryInput,
  weekendTimelineInput,
} from '../src/story/chartInputs';
import { loadStory } from '../src/story/loadStory';

const story = loadStory();

export interface ScrollyUnderTest {
  id: string;
  states: readonly string[];
  describe: (state: string) => string;
}

function scrolly<Input>(id: string, chart: ChartModule<Input, string>, input: Input): ScrollyUnderTest {
  return {
    id,
    states: chart.states,
    describe: (state) => chart.render(input, { state, width: 800, height: 640, locale: 'en' }).description,
  };
}

export const scrollies: readonly ScrollyUnderTest[] = [
  scrolly('timeline', weekendTimeline, weekendTimelineInput(story)),
  scrolly('market-value', nvidiaMarketCap, nvidiaMarketCapInput(story)),
  scrolly('sox-history', soxHistory, soxHistoryInput(story)),
  scrolly('daily-moves', soxDailyMoves, soxDailyMovesInput(story)),
  scrolly('chip-stocks', chipStocks, chipStocksInput(story)),
  scrolly('world', contagionMap, contagionMapInput(story)),
  scrolly('recovery', aftermathLines, aftermathInput(story)),
];
