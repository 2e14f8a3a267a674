// Every scrolly section of the story, with the chart and input that draw it, so end-to-end tests can
// compute the text alternative each state must show from the same data the page was built from.

import '../src/i18n/messages';
import type { ChartModule } from '../src/charts/defineChart';
import type { Locale } from '../src/i18n/locales';
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
  /** The text alternative of a state, in the page's language. */
  describe: (state: string) => string;
}

/** The pages under test: the English story at the root, the French one under fr/. */
export const editions = [
  { locale: 'en', path: '' },
  { locale: 'fr', path: 'fr/' },
] as const satisfies readonly { locale: Locale; path: string }[];

function scrolly<Input>(id: string, chart: ChartModule<Input, string>, input: Input, locale: Locale): ScrollyUnderTest {
  return {
    id,
    states: chart.states,
    describe: (state) => chart.render(input, { state, width: 800, height: 640, locale }).description,
  };
}

export function scrolliesIn(locale: Locale): readonly ScrollyUnderTest[] {
  return [
    scrolly('timeline', weekendTimeline, weekendTimelineInput(story), locale),
    scrolly('market-value', nvidiaMarketCap, nvidiaMarketCapInput(story), locale),
    scrolly('sox-history', soxHistory, soxHistoryInput(story), locale),
    scrolly('daily-moves', soxDailyMoves, soxDailyMovesInput(story), locale),
    scrolly('chip-stocks', chipStocks, chipStocksInput(story), locale),
    scrolly('world', contagionMap, contagionMapInput(story), locale),
    scrolly('recovery', aftermathLines, aftermathInput(story), locale),
  ];
}

export const scrollies = scrolliesIn('en');
