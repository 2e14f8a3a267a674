// Every scrolly section of the story as the built page has it (its id, its chart and each step's
// state, in order), with the chart that draws it, so end-to-end tests walk exactly what was built
// and compute the text alternative each state must show from the same data the page was built from.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../src/i18n/locales';
import { storyChart } from '../src/story/chartRegistry';
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

/** The sections of a built story page: `<section class="scrolly" id data-chart>` and its steps' states. */
export function sectionsOfPage(html: string): { id: string; chart: string; states: string[] }[] {
  return html
    .split('<section class="scrolly"')
    .slice(1)
    .map((part) => {
      const body = part.slice(0, part.indexOf('</section>'));
      const id = /^\s*id="([^"]+)"/.exec(body)?.[1];
      const chart = /data-chart="([^"]+)"/.exec(body)?.[1];
      if (!id || !chart) throw new Error('a scrolly section in the built page has no id or data-chart');
      return { id, chart, states: [...body.matchAll(/data-step-state="([^"]+)"/g)].map((match) => match[1]!) };
    });
}

export function scrolliesIn(locale: Locale): readonly ScrollyUnderTest[] {
  const page = join('dist', locale === 'en' ? '' : locale, 'index.html');
  return sectionsOfPage(readFileSync(page, 'utf8')).map(({ id, chart: name, states }) => {
    const chart = storyChart(name, story, { where: `${page} #${id}` });
    return { id, states, describe: (state) => chart.render({ state, width: 800, height: 640, locale }).description };
  });
}

export const scrollies = scrolliesIn('en');
